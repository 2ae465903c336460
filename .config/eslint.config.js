// One block per src/ folder keeps imports flowing toward src/domain:
// features → composables/stores → workers (client) → db → domain.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

const uiLibraries = [
  'vue',
  'vue-router',
  'pinia',
  'element-plus',
  'element-plus/*',
  '@element-plus/*',
]
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })
const noGroup = (names, message) => names.map((name) => ({ group: [name], message }))

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'bench-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['src/domain/**'],
    rules: restrict([
      ...noGroup(
        [...uiLibraries, 'dexie', 'comlink', '@/*', '../*/../*', 'node:*'],
        'src/domain is pure TypeScript: no Vue, Dexie, DOM, Node or app folders.',
      ),
    ]),
  },
  {
    files: ['src/db/**'],
    rules: restrict(
      noGroup(
        [
          ...uiLibraries,
          '@/workers/*',
          '@/features/*',
          '@/composables/*',
          '@/stores/*',
          '@/app/*',
          '@/components/*',
        ],
        'src/db may use only src/domain.',
      ),
    ),
  },
  {
    files: ['src/workers/**'],
    rules: restrict(
      noGroup(
        [
          ...uiLibraries,
          '@/features/*',
          '@/composables/*',
          '@/stores/*',
          '@/app/*',
          '@/components/*',
        ],
        'src/workers may use only src/db and src/domain.',
      ),
    ),
  },
  {
    files: ['src/composables/**', 'src/stores/**', 'src/components/**'],
    rules: restrict(
      noGroup(
        ['@/features/*', '@/app/*', '@/db/*', 'dexie'],
        'Shared UI code talks to data through src/workers only.',
      ),
    ),
  },
  {
    files: ['src/features/**'],
    rules: restrict(
      noGroup(
        ['@/db/*', 'dexie', '@/app/*', '@/features/*'],
        'A feature uses composables, stores, components and src/domain; never another feature or the database.',
      ),
    ),
  },
  {
    files: ['src/cli/**'],
    rules: restrict(
      noGroup([...uiLibraries, 'dexie', '@/*'], 'The CLI runs the domain engine in Node.'),
    ),
  },
)
