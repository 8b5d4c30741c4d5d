// Lints texts as if each were the file at its `filePath` (relative to the project), with the
// project's ESLint config: reads [{ filePath, text }] on stdin, prints each one's messages as JSON.
// A child process, because ESLint loads its config with a dynamic import(), which Jest's module
// sandbox does not allow. The files need not exist, so the type-aware rules (they need the file in
// a tsconfig) are off; the import-boundary rule resolves imports against the real files beside them.
import process from 'node:process';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }] });
const messages = [];
for (const { filePath, text } of JSON.parse(input)) {
  const [result] = await eslint.lintText(text, { filePath, warnIgnored: true });
  messages.push(result?.messages ?? []);
}
process.stdout.write(JSON.stringify(messages));
