import "server-only";
import { Body, Button, Container, Head, Heading, Html, Preview, Section, Text } from "@react-email/components";

/** An organization notice for its admins (a webhook endpoint disabled): a heading, what happened, one button. */
export type NoticeEmailProps = { heading: string; body: string; actionLabel: string; actionUrl: string };

export function NoticeEmail({ heading, body, actionLabel, actionUrl }: NoticeEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{heading}</Preview>
      <Body style={{ backgroundColor: "#f4f4f5", fontFamily: "system-ui, sans-serif" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, margin: "32px auto", maxWidth: 520, padding: 32 }}>
          <Text style={{ color: "#4f46e5", fontWeight: 700, margin: 0 }}>Orgstack</Text>
          <Heading as="h1" style={{ color: "#18181b", fontSize: 20 }}>
            {heading}
          </Heading>
          <Text style={{ color: "#3f3f46", fontSize: 15, lineHeight: "24px" }}>{body}</Text>
          <Section style={{ margin: "24px 0" }}>
            <Button href={actionUrl} style={{ backgroundColor: "#4f46e5", borderRadius: 6, color: "#ffffff", padding: "10px 18px" }}>
              {actionLabel}
            </Button>
          </Section>
          <Text style={{ color: "#71717a", fontSize: 13 }}>{actionUrl}</Text>
        </Container>
      </Body>
    </Html>
  );
}
