import { Command, Option } from 'commander';
import { z } from 'zod';
import { ConfigError, loadConfig } from '../config/env.js';
import { CliError, parseOptions } from './cli-error.js';
import { demoCommand } from './demo.command.js';
import { importCommand } from './import.command.js';
import { exportMapCommand, importMapCommand } from './map.commands.js';
import { migrateCommand } from './migrate.command.js';
import { serveCommand } from './serve.command.js';
import { userAddCommand } from './user.command.js';

export function program(): Command {
  const cli = new Command('polku')
    .description('Polku: customer journey maps, measured. Data lives in POLKU_DATA_DIR (default ./data).')
    .option('--data-dir <dir>', 'where the SQLite and DuckDB files live (overrides POLKU_DATA_DIR)')
    .showHelpAfterError();
  const config = () => {
    const dir = cli.opts<{ dataDir?: string }>().dataDir;
    return loadConfig(dir ? { ...process.env, POLKU_DATA_DIR: dir } : process.env);
  };
  cli
    .command('serve')
    .description('serve the web app and API (first start: admin account and demo workspace)')
    .option('-p, --port <port>', 'port (overrides PORT)')
    .action((o: unknown) => {
      const { port } = parseOptions(
        z.object({ port: z.coerce.number().int().min(0).max(65535).optional() }),
        o,
      );
      return serveCommand(port === undefined ? config() : { ...config(), port });
    });
  cli
    .command('demo')
    .description('create a demo workspace: the retailer journey plus seeded synthetic events and responses')
    .option('--seed <n>', 'random seed', '1')
    .option('--customers <n>', 'number of synthetic customers', '3000')
    .option('--months <n>', 'months of history, ending today', '6')
    .option('--owner <email>', 'the user who owns the new workspace (default: the first user)')
    .action((o) => demoCommand(config(), o));
  const user = cli.command('user').description('manage user accounts');
  user
    .command('add')
    .description('add a user (and optionally make them a member of a workspace)')
    .requiredOption('--email <email>', 'email address (their sign-in)')
    .option('--name <name>', 'display name')
    .option('--password <password>', 'password (at least 10 characters; default: generated and printed)')
    .option('--workspace <id>', 'workspace id to join')
    .addOption(
      new Option('--role <role>', 'role in that workspace')
        .choices(['owner', 'editor', 'viewer'])
        .default('editor'),
    )
    .action((o) => userAddCommand(config(), o));
  cli
    .command('export-map')
    .description('export a journey map as JSON, SVG or a poster PDF')
    .argument('<journey>', 'journey id or name')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'svg', 'pdf']).default('pdf'),
    )
    .addOption(
      new Option('--size <size>', 'poster size (PDF)').choices(['A3', 'A2', 'A1', 'A0']).default('A1'),
    )
    .addOption(new Option('--lang <lang>', 'language of the map text').choices(['en', 'fi', 'sv']))
    .option('--workspace <id>', 'workspace id, when the name is not unique')
    .requiredOption('-o, --output <file>', 'file to write ("-" for standard output)')
    .action((journey: string, o) => exportMapCommand(config(), journey, o));
  cli
    .command('import-map')
    .description('import a polku.journey-map JSON file as a new journey')
    .argument('<file>', 'the JSON file')
    .option('--workspace <id>', 'target workspace id (default: the only or first workspace)')
    .option('--name <name>', 'name for the new journey')
    .action((file: string, o) => importMapCommand(config(), file, o));
  cli
    .command('import')
    .description('import events, support tickets or survey responses from CSV or JSON lines (streamed)')
    .argument('<file>', 'the CSV or JSON-lines file ("-" for standard input)')
    .addOption(new Option('--as <kind>', 'what the rows are').choices(['events', 'tickets', 'responses']))
    .option(
      '--mapping <file|name>',
      'a mapping file (docs/import-mapping.md) or a built-in: web-analytics (ga4), tickets, survey-export, orders; default: guessed from the columns',
    )
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices(['csv', 'jsonl']),
    )
    .option('--workspace <id>', 'target workspace id (default: the only workspace)')
    .option('--dry-run', 'show the first rows as they would be stored and every error; store nothing')
    .option('--touchpoint <key>', 'touchpoint key for every row without one')
    .option('--timezone <zone>', 'time zone of times written without one (default UTC), e.g. Europe/Helsinki')
    .option('--url <url>', 'send through a running Polku server instead (with --key)')
    .option('--key <key>', 'an ingest API key of the workspace (with --url)')
    .action((file: string, o) => importCommand(config(), file, o));
  cli
    .command('migrate')
    .description('bring the metadata and event stores up to date')
    .action(() => migrateCommand(config()));
  return cli;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CliError) {
      console.error(`polku: ${err.message}`);
      process.exit(2);
    }
    const message = err instanceof Error ? err.message : String(err);
    console.error(`polku: ${message}`);
    process.exit(1);
  }
}
