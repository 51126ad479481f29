"use client";

import type { FormState } from "@/lib/form-state";

export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };

/** The ten codes, shown once: to copy, download or print before leaving the page. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const text = `Orgstack recovery codes\n\n${codes.join("\n")}\n\nEach code works once.\n`;
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/40">
      <p className="text-sm font-medium text-amber-950 dark:text-amber-100">
        Save these recovery codes now: they are shown only this once.
      </p>
      <p className="text-sm text-amber-900 dark:text-amber-200">
        If you lose your device, each one signs you in once instead of a code from the app.
      </p>
      <ul aria-label="Recovery codes" className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-sm sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-3 text-sm">
        <button
          type="button"
          className="font-medium text-indigo-700 underline dark:text-indigo-300"
          onClick={() => void navigator.clipboard?.writeText(text)}
        >
          Copy
        </button>
        <a
          className="font-medium text-indigo-700 underline dark:text-indigo-300"
          download="orgstack-recovery-codes.txt"
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}
        >
          Download
        </a>
      </div>
    </div>
  );
}
