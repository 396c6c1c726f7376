import type { TFunction } from 'i18next';
import type { ImpactSection } from '../../../analysis/impact';
import { impactText } from '../../../ui/compare/impactText';
import { INK, TYPE } from '../layout/composer';
import { columnWidths, type TableCell } from '../layout/table';
import type { ReportComparison, ReportSection, SectionContext } from '../types';
import { TONE_COLOUR } from './comparison';

/** One heading: its verdict, the generated items (direction in words), and the user's note. */
function heading(ctx: SectionContext, cmp: ReportComparison, section: ImpactSection): void {
  const c = ctx.composer;
  const title = ctx.t(`compare.impact.heading.${section.heading}`);
  c.heading(`${title} · ${ctx.t(`compare.impact.verdict.${section.verdict}`)}`, 50, true);
  if (section.items.length === 0) c.paragraph(ctx.t('compare.impact.empty'), { colour: INK.muted });
  else {
    // The report's `t` takes the same (key, options) as i18next's; impactText names quadrants, parameters and criteria.
    const t = ctx.t as unknown as TFunction;
    const widths = columnWidths([{ fixed: 72 }, { weight: 1 }], c.width);
    c.table(
      [
        { header: ctx.t('export.pdf.impact.direction'), width: widths[0] ?? 0 },
        { header: ctx.t('export.pdf.impact.item'), width: widths[1] ?? 0 },
      ],
      section.items.map((item): TableCell[] => [
        { text: ctx.t(`compare.impact.direction.${item.direction}`), bold: true, colour: TONE_COLOUR[item.direction === 'neutral' ? 'changed' : item.direction] },
        { text: impactText(item, t, ctx.language) },
      ]),
    );
  }
  const note = cmp.notes[section.heading]?.trim();
  c.ensure(34); // the label stays with the first line of its note
  c.paragraph(ctx.t('compare.impact.note', { heading: title.toLocaleLowerCase(ctx.language) }), { bold: true, size: TYPE.small, colour: INK.muted, after: 1 });
  if (note) for (const part of note.split(/\n+/)) c.paragraph(part, { indent: 10 });
  else c.paragraph(ctx.t('export.pdf.impact.noNote'), { colour: INK.muted, indent: 10 });
}

function render(ctx: SectionContext): void {
  const cmp = ctx.comparison;
  if (!cmp) return;
  const c = ctx.composer;
  c.section(ctx.t('export.pdf.impact.title', { before: cmp.before.name }));
  c.paragraph(ctx.t('export.pdf.impact.intro', { before: cmp.before.name, after: ctx.scenario.name }), { colour: INK.muted });
  const counts = cmp.impact.map((s) => `${ctx.t(`compare.impact.heading.${s.heading}`)}: ${ctx.t(`compare.impact.verdict.${s.verdict}`)}`);
  c.paragraph(counts.join(' · '), { size: TYPE.small, colour: INK.text });
  for (const section of cmp.impact) heading(ctx, cmp, section);
}

/** The change impact assessment: six headings, their generated items and the user's notes. */
export const impactSection: ReportSection = { id: 'impact', render };
