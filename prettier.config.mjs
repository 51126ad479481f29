// One style for the whole tree (npm run format; npm test checks it). Wide lines: the code reads as prose, and a
// declaration or a Tailwind class list stays on one line. The plugin sorts class names in Tailwind's own order.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 140,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
};

export default config;
