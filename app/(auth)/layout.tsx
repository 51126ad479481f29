import { CenteredCard } from "@/components/ui/centered-card";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <CenteredCard>{children}</CenteredCard>;
}
