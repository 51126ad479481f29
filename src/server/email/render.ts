import "server-only";
import { render } from "@react-email/render";

export type RenderedEmail = { html: string; text: string };

/** The HTML and the plain-text part of one email; both are sent, so text-only clients and filters see the links too. */
export async function renderEmail(element: React.ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([
    render(element),
    // html-to-text shouts headings by default ("JOIN ACME"); names in them should read as typed.
    render(element, {
      plainText: true,
      htmlToTextOptions: { selectors: headings.map((selector) => ({ selector, options: { uppercase: false } })) },
    }),
  ]);
  return { html, text };
}

const headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
