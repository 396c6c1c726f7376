/**
 * What the first screen (canvas, top bar, palette) shows from areas that otherwise belong to
 * views loaded on first use. With app, canvas, model, storage and ui it makes up the messages
 * loaded at start (start.ts); index.ts puts each part back in its area.
 */
export const firstScreen = {
  analysis: {
    quadrant: {
      'high-strain': {
        name: 'High strain',
        meaning: 'High demands with little room to act: the risk of stress.',
      },
      active: {
        name: 'Active',
        meaning: 'High demands with the latitude to meet them: work that lets people learn.',
      },
      'low-strain': {
        name: 'Low strain',
        meaning: 'Modest demands with plenty of latitude.',
      },
      passive: {
        name: 'Passive',
        meaning: 'Modest demands and little latitude: the risk of losing skills and motivation.',
      },
    },
    flag: {
      LOW_LATITUDE: { short: 'Low latitude', long: 'Low decision latitude: few skills used and little say' },
      HIGH_STRAIN: { short: 'High strain', long: 'High strain: high demands with little decision latitude' },
      ISO_STRAIN: { short: 'Iso-strain', long: 'Iso-strain: high strain without the support of a team' },
      PASSIVE: { short: 'Passive', long: 'Passive job: little to learn, a risk of losing skills' },
      CONTROL_PROBLEM: {
        short: 'Control problem',
        long: 'Control problem: the control need exceeds the control capacity (strain ratio above 1)',
      },
      SHORT_CYCLE: { short: 'Short cycle', long: 'Short-cycle work: make work repeats within 1.5 minutes' },
      WEBA_STRESS_RISK: {
        short: 'Stress risk',
        long: 'WEBA stress risk: high demands and a failed criterion 2, 5 or 7',
      },
      WEBA_LEARNING_RISK: { short: 'Learning risk', long: 'WEBA learning risk: two or more failed criteria among 1–4' },
    },
    coverage: {
      qualified: '{{count}} qualified',
      redZoneHint: 'Red zone: only {{count}} person is qualified here (target {{k}})',
      uncoveredHint: 'Nobody is qualified on this workstation (target {{k}})',
    },
    badge: {
      quadrantHint: '{{quadrant}}: {{meaning}} DL {{dl}}, PD {{pd}}.',
      flags: 'Risks',
    },
  },
  qrm: {
    polca: {
      entity: 'POLCA loop',
      ends: 'A = {{from}} · B = {{to}}',
      edgeLabel_one: 'POLCA · {{count}} card',
      edgeLabel_other: 'POLCA · {{count}} cards',
      edgeLabelNone: 'POLCA',
      edgeAria: 'POLCA loop from {{from}} to {{to}}',
      times: 'Times (days)',
      leadTimeFrom: 'LT_A: lead time A',
      transit: 'MT_AB: transit A → B',
      leadTimeTo: 'LT_B: lead time B',
      returnTime: 'RT_BA: return B → A',
      throughput: 'Jobs through the loop',
      jobs: 'NUM: jobs',
      periodDays: 'D: in days',
      safety: 'S: safety (%)',
      cardsTitle: 'Cards in the loop',
      cards_one: '{{count}} card',
      cards_other: '{{count}} cards',
      noCards: 'No card count: the period D must be more than 0 days.',
      formula: 'ceil((LT_A + MT_AB + LT_B + RT_BA) × NUM / D × (1 + S))',
      explain:
        'A card lets A start a job meant for B; it goes back to A when B has finished the job. Too few cards starve B, too many let work pile up.',
      notCell: '“{{unit}}” is no longer a cell ({{kind}}); POLCA loops run between cells.',
      delete: 'Delete loop',
      handleOut: 'POLCA: drag to another cell to add a loop from this cell',
      handleIn: 'POLCA: drop a loop from another cell here',
      connect: {
        notCell: 'POLCA loops run between cells; “{{unit}}” is a {{kind}}. Make it a cell first.',
        duplicate: 'There is already a POLCA loop from “{{from}}” to “{{to}}”.',
        wrongEnd: 'Drop a POLCA loop on the POLCA point of another cell (the card on its left side).',
      },
    },
  },
  compare: {
    tidy: {
      label: 'Tidy up',
      labelSelection: 'Tidy up selection',
      hint: 'Lay out the scenario: routes left to right, families on the left, each unit around what it holds. Ctrl+Z undoes it.',
      hintSelection: 'Lay out the selected nodes (a unit with everything in it); the rest stays. Ctrl+Z undoes it.',
      failed: 'The layout could not be loaded. Reload the page and try again.',
    },
  },
  presentation: {
    toolbar: {
      story: 'Story',
      storyHint: 'Plan the presentation: steps with a scenario, a view and a note',
      present: 'Present',
      presentHint: 'Present the story full screen',
    },
    tabs: {
      hint: 'Double-click to rename · drag or Alt+←/→ to move',
    },
  },
  export: {
    menu: {
      pdf: 'PDF report',
      pdfHint: 'Export a printable PDF report of this scenario',
      picture: 'Picture',
      pictureHint: 'Export the canvas as a PNG or SVG picture',
    },
  },
  csv: {
    menu: { button: 'CSV', title: 'Import or export roles, tasks and the skills matrix as CSV' },
  },
} as const;
