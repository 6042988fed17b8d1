import type { SVGProps } from 'react';

/**
 * The plugin's menu icon: a public notice board with the "i" of public information, drawn here so
 * the PPID entry is not mistaken for the Content Manager's feather. Uses currentColor, as Strapi's
 * icons do, so the menu's active and hover colours apply.
 */
export const PpidIcon = (props: SVGProps<SVGSVGElement>) => (
  <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 32 32" fill="currentColor" aria-hidden="true" focusable="false" {...props}>
    <path d="M5 4h22a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2h-7v3h3a1 1 0 1 1 0 2H9a1 1 0 1 1 0-2h3v-3H5a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2Zm0 2v16h22V6H5Zm9 21h4v-3h-4v3Z" />
    <path d="M16 8.5a1.75 1.75 0 1 1 0 3.5 1.75 1.75 0 0 1 0-3.5ZM14.5 13.5h2.5v6h1.5v1.5h-5.5v-1.5H15v-4.5h-.5v-1.5Z" />
  </svg>
);
