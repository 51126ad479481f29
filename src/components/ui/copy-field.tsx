"use client";

import { buttonClass } from "./button";
import { useId, useRef, useState } from "react";

/** A read-only value with a Copy button: links shown once, which the user must take with them now. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access (http, old browsers) the text stays selected for Ctrl+C.
      setCopied(false);
    }
  };
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      <div className="flex gap-2">
        <input
          ref={input}
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="block w-full min-w-0 rounded-md border border-zinc-300 bg-zinc-50 px-3 py-2 font-mono text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
        />
        <button type="button" onClick={copy} className={buttonClass("secondary", "md", "shrink-0")}>
          {copied ? "Copied" : "Copy"}
        </button>
      </div>
    </div>
  );
}
