// Inline styles only: many mail clients drop <style> blocks. System fonts, one accent colour, nothing fetched.
// Every email of the application looks the same: account emails and invitations share these.
const fontFamily = '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const emailStyles = {
  body: { backgroundColor: "#f4f4f5", fontFamily, margin: 0, padding: "32px 0" },
  container: {
    backgroundColor: "#ffffff",
    border: "1px solid #e4e4e7",
    borderRadius: "8px",
    margin: "0 auto",
    maxWidth: "520px",
    padding: "32px",
  },
  brand: { color: "#4f46e5", fontSize: "14px", fontWeight: 600, margin: "0 0 24px" },
  heading: { color: "#18181b", fontSize: "22px", fontWeight: 600, lineHeight: "30px", margin: "0 0 16px" },
  text: { color: "#27272a", fontSize: "15px", lineHeight: "24px", margin: "0 0 16px" },
  buttonSection: { margin: "8px 0 24px" },
  button: {
    backgroundColor: "#4f46e5",
    borderRadius: "6px",
    color: "#ffffff",
    fontSize: "15px",
    fontWeight: 600,
    padding: "12px 20px",
    textDecoration: "none",
  },
  muted: { color: "#52525b", fontSize: "14px", lineHeight: "22px", margin: "0 0 8px" },
  link: { fontSize: "14px", lineHeight: "22px", margin: "0 0 16px", wordBreak: "break-all" as const },
  linkColour: { color: "#4f46e5" },
  rule: { borderColor: "#e4e4e7", margin: "24px 0" },
  footer: { color: "#71717a", fontSize: "13px", lineHeight: "20px", margin: 0 },
};
