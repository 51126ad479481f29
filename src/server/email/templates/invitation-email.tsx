import "server-only";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { emailStyles } from "./styles";

export type InvitationEmailProps = {
  /** Who invited; null when an organization's API key did (an integration, not a person). */
  inviterName: string | null;
  inviterEmail: string | null;
  organizationName: string;
  /** As shown in the app, e.g. "Admin" or a custom role's name. */
  roleLabel: string;
  /** Absolute URL of the invite page, token included. */
  acceptUrl: string;
  expiresAt: Date;
};

/** "Ada Lovelace invited you to join Acme on Orgstack". Whitespace is collapsed: a subject is one header line. */
export function invitationSubject({
  inviterName,
  organizationName,
}: Pick<InvitationEmailProps, "inviterName" | "organizationName">): string {
  return oneLine(
    inviterName
      ? `${inviterName} invited you to join ${organizationName} on Orgstack`
      : `You are invited to join ${organizationName} on Orgstack`,
  );
}

export function InvitationEmail({ inviterName, inviterEmail, organizationName, roleLabel, acceptUrl, expiresAt }: InvitationEmailProps) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{invitationSubject({ inviterName, organizationName })}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Orgstack</Text>
          <Heading as="h1" style={styles.heading}>
            Join {organizationName} on Orgstack
          </Heading>
          <Text style={styles.text}>
            {inviterName ? (
              <>
                <strong>{inviterName}</strong> ({inviterEmail}) invited you
              </>
            ) : (
              "You are invited"
            )}{" "}
            to join <strong>{organizationName}</strong> with the <strong>{roleLabel}</strong> role.
          </Text>
          <Section style={styles.buttonSection}>
            <Button href={acceptUrl} style={styles.button}>
              Accept invitation
            </Button>
          </Section>
          <Text style={styles.muted}>Or open this link in your browser:</Text>
          <Text style={styles.link}>
            <Link href={acceptUrl} style={styles.linkColour}>
              {acceptUrl}
            </Link>
          </Text>
          <Text style={styles.muted}>This invitation expires on {formatExpiry(expiresAt)}.</Text>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>
            If you were not expecting this, ignore this email: nothing happens unless you accept, and the link stops working when it
            expires.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** Sample data for the React Email preview server (`email dev`), which reads `PreviewProps`. */
InvitationEmail.PreviewProps = {
  inviterName: "Ada Lovelace",
  inviterEmail: "ada@acme.test",
  organizationName: "Acme",
  roleLabel: "Member",
  acceptUrl: "http://localhost:3000/invite/preview-token",
  expiresAt: new Date("2026-11-23T12:00:00Z"),
} satisfies InvitationEmailProps;

export default InvitationEmail;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "23 Nov 2026 at 12:00 UTC": spelled out by hand because Intl's en-GB short months vary by ICU version ("Sept"). */
function formatExpiry(date: Date): string {
  const time = `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} at ${time} UTC`;
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

// A single call to action: more room between the sentence and its button.
const styles = { ...emailStyles, text: { ...emailStyles.text, margin: "0 0 24px" }, buttonSection: { margin: "0 0 24px" } };
