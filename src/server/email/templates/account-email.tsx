import "server-only";
import { Body, Button, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import { emailStyles } from "./styles";

/**
 * The emails about one's own account: verify an address, confirm an email change, reset a password. One layout: a
 * heading, a sentence, one button with its raw link under it (text-only clients), and what happens if ignored.
 */
export type AccountEmailProps = {
  kind:
    | "verify-email"
    | "change-email"
    | "reset-password"
    | "password-changed"
    | "email-changed"
    | "two-factor-enabled"
    | "two-factor-disabled"
    | "passkey-added";
  name: string;
  /** Absolute URL (token included for the links that carry one). */
  actionUrl: string;
  /** For change-email and email-changed: the new address; for passkey-added, the passkey's name. */
  newEmail?: string;
};

const COPY = {
  "verify-email": {
    subject: "Verify your email address for Orgstack",
    heading: "Verify your email address",
    body: () => "Confirm that this address is yours, so that invitations, password resets and notices reach you.",
    button: "Verify email address",
    expiry: "This link works for 24 hours.",
    footer: "If you did not create an Orgstack account, ignore this email: nothing happens unless you open the link.",
  },
  "change-email": {
    subject: "Confirm your new email address for Orgstack",
    heading: "Confirm your new email address",
    body: (props: AccountEmailProps) =>
      `You asked to use ${props.newEmail ?? "this address"} to sign in to Orgstack. It replaces your current address once you confirm.`,
    button: "Confirm new address",
    expiry: "This link works for 24 hours.",
    footer: "If you did not ask for this, ignore this email: your account keeps its current address.",
  },
  "reset-password": {
    subject: "Reset your Orgstack password",
    heading: "Reset your password",
    body: () => "Someone (hopefully you) asked to reset the password of your Orgstack account. Choose a new one with the button below.",
    button: "Choose a new password",
    expiry: "This link works for 1 hour and only once. Resetting signs you out on every device.",
    footer: "If you did not ask for this, ignore this email: your password stays as it is.",
  },
  "password-changed": {
    subject: "Your Orgstack password was changed",
    heading: "Your password was changed",
    body: () => "The password of your Orgstack account has just been changed, and your other sessions were signed out.",
    button: "Reset your password",
    expiry: "If you made this change, there is nothing more to do.",
    footer: "If you did not change it, reset your password now with the button above: that signs out everyone using your account.",
  },
  "email-changed": {
    subject: "Your Orgstack email address was changed",
    heading: "Your email address was changed",
    body: (props: AccountEmailProps) => `Your Orgstack account now signs in with ${props.newEmail ?? "a new address"} instead of this one.`,
    button: "Open Orgstack",
    expiry: "If you made this change, there is nothing more to do.",
    footer: "If you did not make it, someone who knows your password changed it: tell an owner of your organization at once.",
  },
  "two-factor-enabled": {
    subject: "Two-factor authentication is on for your Orgstack account",
    heading: "Two-factor authentication is on",
    body: () =>
      "From now on, signing in to Orgstack asks for a code from your authenticator app after your password. Keep your recovery codes somewhere safe.",
    button: "Open your account",
    expiry: "If you made this change, there is nothing more to do.",
    footer: "If you did not turn it on, someone who knows your password did: reset your password now.",
  },
  "two-factor-disabled": {
    subject: "Two-factor authentication is off for your Orgstack account",
    heading: "Two-factor authentication was turned off",
    body: () =>
      "Signing in to Orgstack no longer asks for a code from your authenticator app. Organizations that require two-factor will ask you to set it up again.",
    button: "Open your account",
    expiry: "If you made this change, there is nothing more to do.",
    footer: "If you did not turn it off, reset your password now and turn two-factor on again.",
  },
  "passkey-added": {
    subject: "A passkey was added to your Orgstack account",
    heading: "A passkey was added",
    body: (props: AccountEmailProps) => `A passkey named "${props.newEmail ?? "Passkey"}" can now sign in to your Orgstack account.`,
    button: "Review your passkeys",
    expiry: "If you added it, there is nothing more to do.",
    footer: "If you did not add it, remove it from your account page and reset your password now.",
  },
} as const;

export function accountEmailSubject(kind: AccountEmailProps["kind"]): string {
  return COPY[kind].subject;
}

export function AccountEmail(props: AccountEmailProps) {
  const copy = COPY[props.kind];
  return (
    <Html lang="en">
      <Head />
      <Preview>{copy.heading}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>Orgstack</Text>
          <Heading as="h1" style={styles.heading}>
            {copy.heading}
          </Heading>
          <Text style={styles.text}>{`Hi ${props.name},`}</Text>
          <Text style={styles.text}>{copy.body(props)}</Text>
          <Section style={styles.buttonSection}>
            <Button href={props.actionUrl} style={styles.button}>
              {copy.button}
            </Button>
          </Section>
          <Text style={styles.muted}>Or open this link in your browser:</Text>
          <Text style={styles.link}>
            <Link href={props.actionUrl} style={styles.linkColour}>
              {props.actionUrl}
            </Link>
          </Text>
          <Text style={styles.muted}>{copy.expiry}</Text>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>{copy.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

/** Sample data for the React Email preview server (`email dev`). */
AccountEmail.PreviewProps = {
  kind: "verify-email",
  name: "Ada Lovelace",
  actionUrl: "http://localhost:3000/verify-email?token=preview-token",
} satisfies AccountEmailProps;

export default AccountEmail;

const styles = emailStyles;
