"use client";

import { buttonClass } from "@/components/ui/button";
import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { errorMessageOf, postJson } from "@/lib/post-json";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

/** Names a passkey, then asks the browser to make one (navigator.credentials.create) and registers it. */
export function AddPasskey() {
  const router = useRouter();
  const [name, setName] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    try {
      const options = await postJson("/api/account/passkeys/options", {});
      if (!options.ok) return setOutcome({ tone: "error", message: errorMessageOf(options.data) });
      const response = await startRegistration({
        optionsJSON: options.data.options as Parameters<typeof startRegistration>[0]["optionsJSON"],
      });
      const saved = await postJson("/api/account/passkeys", { name: name || "Passkey", response });
      if (!saved.ok) return setOutcome({ tone: "error", message: errorMessageOf(saved.data, "name") });
      setName("");
      setOutcome({ tone: "success", message: "Passkey added. You can sign in with it now." });
      router.refresh();
    } catch {
      setOutcome({ tone: "error", message: "No passkey was made. Try again, or use another device." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={add} className="max-w-md space-y-3" aria-label="Add a passkey">
      {outcome && <FormAlert tone={outcome.tone} message={outcome.message} />}
      <Field
        label="Name"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        placeholder="MacBook, YubiKey…"
        maxLength={60}
        hint="So that you can tell your passkeys apart."
      />
      <button type="submit" disabled={busy} className={buttonClass("primary", "lg")}>
        {busy ? "Waiting for your device…" : "Add a passkey"}
      </button>
    </form>
  );
}
