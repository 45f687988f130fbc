import { writeFile } from 'node:fs/promises';
import { feedDocument } from '../../../src/feeds/feed-document.ts';
import { revokeFeedToken, type FeedOwner } from '../../../src/feeds/feed-tokens.ts';
import { feedLinksFor } from '../../../src/feeds/feed-url.ts';
import type { Store } from '../../../src/ports.ts';
import { resolveMagistrate } from '../../../src/use-cases/resolve-magistrate.ts';
import { parseCommandArgs, stringValue, type OptionSpec } from '../args.ts';
import { actorOf } from '../actor.ts';
import { describeFileError } from '../file-errors.ts';
import { writeLine, type CliIO, type Command, clockOf } from '../io.ts';
import { withStore } from '../store-access.ts';
import { usageError } from './office.ts';

const ownerOptions: OptionSpec = { magistrate: { type: 'string' }, office: { type: 'string' }, by: { type: 'string' } };
const ownerUsage = '--magistrate COGNOME|ID [--office ID] | --office ID';

/** The feed's owner from --magistrate (with --office to disambiguate) or --office alone (the office feed). */
function ownerOf(store: Store, values: Record<string, unknown>): { ok: true; owner: FeedOwner; label: string } | { ok: false; message: string } {
  const query = stringValue(values, 'magistrate');
  const officeId = stringValue(values, 'office');
  const state = store.snapshot();
  if (query) {
    const who = resolveMagistrate(state, query, officeId);
    if (!who.ok) return who;
    const m = who.found.magistrate;
    return { ok: true, owner: { officeId: who.found.officeId, magistrateId: m.id }, label: `${m.name} ${m.surname}` };
  }
  if (!officeId) return { ok: false, message: 'Indica di chi è il calendario: --magistrate COGNOME (o id), oppure --office ID per il calendario di tutto l\'ufficio.' };
  const office = state.offices[officeId];
  if (!office) return { ok: false, message: `Nessun ufficio con id "${officeId}". Uffici: ${Object.keys(state.offices).join(', ') || 'nessuno'}.` };
  return { ok: true, owner: { officeId }, label: office.office.name };
}

function ownerCommand(spec: { name: string; summary: string; usage: string; options?: OptionSpec; run: (store: Store, owner: FeedOwner, label: string, values: Record<string, unknown>, io: CliIO) => Promise<number> }): Command {
  return {
    path: ['ical', spec.name],
    summary: spec.summary,
    usage: spec.usage,
    async run(args, io) {
      const parsed = parseCommandArgs(args, { ...ownerOptions, ...spec.options });
      if (!parsed.ok) return usageError(parsed.error, spec.usage, io);
      if (parsed.positionals.length > 0) return usageError(`Argomento inatteso: «${parsed.positionals[0]}».`, spec.usage, io);
      return withStore(io, async (store) => {
        const found = ownerOf(store, parsed.values);
        if (!found.ok) return usageError(found.message, spec.usage, io);
        return spec.run(store, found.owner, found.label, parsed.values, io);
      });
    },
  };
}

const url = ownerCommand({
  name: 'url',
  summary: 'il link privato al calendario iCal (e alla pagina web) di un magistrato o di un ufficio',
  usage: `Uso: turnario ical url ${ownerUsage} [--by NOME]\n\nCrea il link al primo uso; poi mostra sempre lo stesso finché non viene revocato. L'indirizzo di base è TURNARIO_PUBLIC_URL (predefinito http://127.0.0.1:3000, o la porta indicata in PORT).`,
  async run(store, owner, label, values, io) {
    const links = await feedLinksFor(store, clockOf(io), io.env, owner, actorOf(values, io));
    writeLine(io.stdout, `Calendario di ${label}:`);
    writeLine(io.stdout, `  iCal (Outlook, telefono): ${links.ical}`);
    writeLine(io.stdout, `  pagina web:               ${links.web}`);
    return 0;
  },
});

const revoke = ownerCommand({
  name: 'revoke',
  summary: 'revoca il link privato di un magistrato o di un ufficio (smette subito di funzionare)',
  usage: `Uso: turnario ical revoke ${ownerUsage} [--by NOME]\n\nIl prossimo "turnario ical url" (o "il mio calendario" in chat) crea un link nuovo.`,
  async run(store, owner, label, values, io) {
    const revoked = await revokeFeedToken(store, clockOf(io), owner, actorOf(values, io));
    if (!revoked) {
      writeLine(io.stderr, `${label} non ha un link attivo da revocare.`);
      return 1;
    }
    writeLine(io.stdout, `Link di ${label} revocato: chi lo usa riceve ora un rifiuto.`);
    return 0;
  },
});

const exportCommand = ownerCommand({
  name: 'export',
  summary: 'scrive il calendario iCal dei turni pubblicati in un file (o sullo standard output)',
  usage: `Uso: turnario ical export ${ownerUsage} [--out FILE.ics]\n\nSenza --out il calendario va sullo standard output.`,
  options: { out: { type: 'string' } },
  async run(store, owner, label, values, io) {
    const doc = feedDocument(store.snapshot(), owner, clockOf(io).now());
    if (!doc) {
      writeLine(io.stderr, `Non trovo il calendario di ${label}.`);
      return 1;
    }
    const out = stringValue(values, 'out');
    if (!out) {
      io.stdout.write(doc.ics);
      return 0;
    }
    try {
      await writeFile(out, doc.ics);
    } catch (error) {
      writeLine(io.stderr, `Impossibile scrivere "${out}": ${describeFileError(error)}.`);
      return 1;
    }
    writeLine(io.stdout, `Calendario di ${label} scritto in "${out}": ${doc.events === 1 ? '1 evento' : `${doc.events} eventi`}.`);
    return 0;
  },
});

export const icalCommands: Command[] = [url, revoke, exportCommand];
