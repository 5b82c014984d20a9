// @ts-check
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Imports that climb folders: the `~/` alias names the source root instead (STYLE.md, 12). */
const NO_CLIMBING = {
  group: ['../../*'],
  message: "Import through the '~/' alias (the repository root).",
}

/**
 * The site reaches Payload only through site/lib/cms (DESIGN.md): pages, components, scripts and
 * the server wrapper may use pure rules from cms/lib, never Payload, its config or the CMS's
 * collections, operations, hooks or database.
 */
const SITE_BOUNDARY = {
  paths: [
    {
      name: 'payload',
      allowTypeImports: true,
      message: 'The site reaches Payload only through site/lib/cms.',
    },
  ],
  patterns: [
    NO_CLIMBING,
    {
      group: [
        '@payloadcms/*',
        '~/cms/payload.config*',
        '~/cms/collections/*',
        '~/cms/*/operations/*',
        '~/cms/db/*',
        '~/cms/rateLimits',
        '~/cms/rateLimits/*',
        '~/cms/hooks/*',
        '~/cms/access/*',
      ],
      allowTypeImports: true,
      message: 'The site reaches Payload only through site/lib/cms.',
    },
  ],
}

/** Role checks live in cms/access and the roles module (cms/lib/roles.ts); everyone else asks them. */
const ROLE_CHECKS = [
  {
    selector:
      "CallExpression[callee.property.name=/^(includes|some|every|indexOf)$/][callee.object.property.name='roles']",
    message: 'Role checks live in cms/lib/roles.ts and cms/access: call one of their predicates.',
  },
  {
    selector:
      'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(admin|editor|accreditation-officer|checkin-staff)$/]',
    message: 'Role checks live in cms/lib/roles.ts and cms/access: call one of their predicates.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'cms/.next/',
      'data/',
      'media/',
      'test-results/',
      '.astro/',
      'cms/payload-types.ts',
      'cms/migrations/sqlite/',
      'cms/app/(payload)/admin/importMap.js',
      'cms/next-env.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [NO_CLIMBING] }],
      'no-restricted-syntax': ['error', ...ROLE_CHECKS],
    },
  },
  {
    files: ['site/**'],
    ignores: ['site/lib/cms/**'],
    rules: { 'no-restricted-imports': ['error', SITE_BOUNDARY] },
  },
  {
    files: ['cms/access/**', 'cms/lib/roles.ts', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
)
