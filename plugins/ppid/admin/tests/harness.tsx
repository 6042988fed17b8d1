/**
 * The admin tests' one harness (outside src/, so that the plugin's build leaves it out). Every admin
 * test renders to HTML (react-dom/server): no DOM, no browser, effects do not run. It gives:
 * - `renderPage(ui, { path, locale })`: the providers a page lives in (react-intl with the
 *   plugin's messages, in Indonesian unless told otherwise; the design system; a router at `path`);
 *   `renderPlugin` routes the plugin's App at `/plugins/ppid/<tab>`; `text` reads the HTML as words;
 * - `api`: the admin API as the pages see it, answering per method and URL and recording each call;
 * - `user`: who is logged in, by the plugin actions held and the admin roles;
 * - the stubs of `@strapi/strapi/admin` and of the data hook `useGet` over those two, which a test
 *   file in src/__tests__ installs with two lines (a jest.mock factory may not close over imports):
 *
 *     jest.mock('@strapi/strapi/admin', () => require('../../tests/harness').strapiAdminStub, { virtual: true });
 *     jest.mock('../hooks/useGet', () => require('../../tests/harness').useGetStub);
 *
 * At run time it loads no plugin module (a type and the translations only), so that the stubs are
 * ready before the code they replace.
 */
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { IntlProvider } from 'react-intl';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { DesignSystemProvider } from '@strapi/design-system';

import type { PpidAction } from '../src/hooks/useCan';
import en from '../src/translations/en.json';
import id from '../src/translations/id.json';

export type Locale = 'id' | 'en';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** The plugin's messages as the admin holds them: each key under `ppid.`. */
export const prefixed = (messages: Record<string, string>) => Object.fromEntries(Object.entries(messages).map(([k, v]) => [`ppid.${k}`, v]));

/** The admin API: answers and failures per `METHOD url`, and every call made, in order. */
export const api = {
  answers: new Map<string, unknown>(),
  failures: new Map<string, unknown>(),
  calls: [] as { method: Method; url: string; body?: unknown }[],
  /** What `url` answers (GET unless another method is named). */
  answer(url: string, data: unknown, method: Method = 'GET') {
    api.answers.set(`${method} ${url}`, data);
  },
  /** The error `url` throws (as useFetchClient throws a FetchError). */
  fail(url: string, error: unknown, method: Method = 'GET') {
    api.failures.set(`${method} ${url}`, error);
  },
  forget(url: string, method: Method = 'GET') {
    api.answers.delete(`${method} ${url}`);
    api.failures.delete(`${method} ${url}`);
  },
  /** Records the call; the answer, the failure, or (neither known) undefined data and no error. */
  call(method: Method, url: string, body?: unknown): { data: unknown; error: unknown } {
    api.calls.push(body === undefined ? { method, url } : { method, url, body });
    return { data: api.answers.get(`${method} ${url}`), error: api.failures.get(`${method} ${url}`) };
  },
  reset() {
    api.answers.clear();
    api.failures.clear();
    api.calls.length = 0;
  },
};

const ACTIONS: Record<PpidAction, true> = {
  'workflow.read': true,
  'workflow.transition': true,
  'workflow.manage': true,
  'compliance.read': true,
  'compliance.manage': true,
  'organisation.read': true,
  'organisation.manage': true,
  'dip.export': true,
  'dip.import': true,
  'requests.handle': true,
};
/** Every plugin action (the type makes the list complete). */
export const everyAction = Object.keys(ACTIONS) as PpidAction[];

/** The logged-in admin user: the plugin actions held (`plugin::ppid.<action>`) and the role codes. */
export const user = {
  actions: new Set<string>(),
  roles: ['ppid-staff'],
  /** Signs in afresh: only these actions, these roles (a plain PPID staff member by default). */
  signIn({ actions = [], roles = ['ppid-staff'] }: { actions?: PpidAction[]; roles?: string[] } = {}) {
    user.actions = new Set(actions);
    user.roles = roles;
  },
  grant(...actions: PpidAction[]) {
    for (const action of actions) user.actions.add(action);
  },
  revoke(...actions: PpidAction[]) {
    for (const action of actions) user.actions.delete(action);
  },
};

/** Strapi's useRBAC names each result after the action's last word: `plugin::ppid.dip.export` -> `canExport`. */
const rbacName = (action: string) => `can${action.split('.').pop()!.replace(/^./, (c) => c.toUpperCase())}`;
const Pass = ({ children }: { children?: React.ReactNode }) => <>{children}</>;

/** A request of the fetch client: the recorded answer or failure, or pending for ever (a page still loading). */
const respond = (method: Method, url: string, body?: unknown) => {
  const { data, error } = api.call(method, url, body);
  if (error !== undefined) return Promise.reject(error);
  return data === undefined ? new Promise<never>(() => undefined) : Promise.resolve({ data });
};
const fetchClient = {
  get: (url: string) => respond('GET', url),
  post: (url: string, body?: unknown) => respond('POST', url, body),
  put: (url: string, body?: unknown) => respond('PUT', url, body),
  del: (url: string) => respond('DELETE', url),
};

/** `@strapi/strapi/admin` as the plugin uses it, over `api` and `user`. */
export const strapiAdminStub = {
  Page: { Main: Pass, Protect: Pass, Title: () => null, Loading: () => null, Error: () => null },
  Layouts: { Header: ({ title }: { title: string }) => <h1>{title}</h1>, Content: Pass },
  useFetchClient: () => fetchClient,
  useNotification: () => ({ toggleNotification: () => undefined }),
  useRBAC: (permissions: { action: string }[]) => ({
    allowedActions: Object.fromEntries(permissions.map((p) => [rbacName(p.action), user.actions.has(p.action.replace('plugin::ppid.', ''))])),
    isLoading: false,
    permissions,
  }),
  useAuth: (_name: string, select: (state: unknown) => unknown) => select({ user: { roles: user.roles.map((code) => ({ code })) } }),
  unstable_useDocument: () => ({ refetch: () => Promise.resolve() }),
  useQueryParams: () => [{ query: {}, rawQuery: '' }, () => undefined],
  useForm: () => false,
};

/** The data hook `useGet` over `api`: the answer at once, never loading. */
export const useGetStub = {
  useGet: (url: string | null) => {
    const { data, error } = url ? api.call('GET', url) : { data: undefined, error: undefined };
    return { data, error, isLoading: false, isFetching: false, refetch: async () => undefined };
  },
};

export interface RenderOptions {
  /** The router's address (`/` unless told). */
  path?: string;
  locale?: Locale;
  /** Messages instead of the plugin's own (prefixed) ones; a missing one fails the test unless `missingOk`. */
  messages?: Record<string, string>;
  missingOk?: boolean;
}

/** `ui` rendered to HTML inside the admin's providers. */
export function renderPage(ui: React.ReactNode, { path = '/', locale = 'id', messages, missingOk = false }: RenderOptions = {}): string {
  return renderToString(
    <IntlProvider
      locale={locale}
      messages={messages ?? prefixed(locale === 'id' ? id : en)}
      onError={(e) => {
        if (!(missingOk && e.code === 'MISSING_TRANSLATION')) throw e;
      }}
    >
      <DesignSystemProvider locale={locale}>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </DesignSystemProvider>
    </IntlProvider>
  );
}

/** The plugin's `App` at `/plugins/ppid/<tab>` as the admin routes it (any other address shows "elsewhere"). */
export const renderPlugin = (App: React.ComponentType, tab: string, options: Omit<RenderOptions, 'path'> = {}) =>
  renderPage(
    <Routes>
      <Route path="plugins/ppid/*" element={<App />} />
      <Route path="*" element={<p>elsewhere</p>} />
    </Routes>,
    { ...options, path: `/plugins/ppid/${tab}` }
  );

/** The visible text of server-rendered HTML, for readable assertions. */
export const text = (html: string) =>
  html.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');

/**
 * The file's hooks: React's server-render warnings about layout effects (Radix and the design
 * system use them) silenced, and (`quietWarnings`) console.warn too (recharts has no size on the
 * server); before each test, no answers, no calls, and `signedIn` logged in.
 */
export function setUpHarness({ signedIn = {}, quietWarnings = false }: { signedIn?: Parameters<typeof user.signIn>[0]; quietWarnings?: boolean } = {}) {
  const consoleError = console.error;
  beforeAll(() => {
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('useLayoutEffect does nothing on the server')) return;
      consoleError(...args);
    });
    if (quietWarnings) jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());
  beforeEach(() => {
    api.reset();
    user.signIn(signedIn);
  });
}
