import type { Lang } from '../../i18n/lang';
import type { KrKind } from '../../core/kinds';
import { kindLabel } from '../../i18n/labels';
import type { OkrColumnKey } from '../../schema/layout';

interface ExampleKr {
  keyResult: string;
  owner: string;
  kind: KrKind;
  start: number;
  target: number;
  current: number;
  confidence: number;
  actions: string;
  /** A percent KR: start, target and current are stored as fractions (24 % is 0.24) formatted as percents. */
  percent?: boolean;
}

/** The number format of a percent example's start, target and current. */
export const EXAMPLE_PERCENT_FORMAT = '0.0%';

/** A percentage as the fraction it is stored as, without float noise (25.5 -> 0.255). */
const fraction = (points: number) => Number(`${points}e-2`);

/** A percent KR (the unit rule, src/core/figures.ts): its three values given in points, stored as fractions. */
const pct = (example: ExampleKr): ExampleKr => ({
  ...example,
  start: fraction(example.start),
  target: fraction(example.target),
  current: fraction(example.current),
  percent: true,
});

interface ExampleObjective {
  objective: string;
  krs: ExampleKr[];
}

const kr = (
  keyResult: string,
  owner: string,
  kind: KrKind,
  [start, target, current]: [number, number, number],
  confidence: number,
  actions: string
): ExampleKr => ({ keyResult, owner, kind, start, target, current, confidence, actions });

/**
 * Three marketing objectives (inbound, content/SEO, email and events), written for okr-sheets. The current values
 * tell a mid-quarter story (the period defaults to the current quarter, so pace depends on the day): one objective
 * green, one yellow, one red; most KRs on track, two at risk, one off track, one milestone done. Both languages
 * hold the same numbers.
 */
export const EXAMPLE_OKRS: Record<Lang, ExampleObjective[]> = {
  en: [
    {
      objective: 'Bring in more qualified inbound leads',
      krs: [
        kr(
          'Raise demo requests from landing pages from 120 to 150 a month',
          'Emma',
          'increase',
          [120, 150, 144],
          8,
          'A/B test the hero and the form on the 3 busiest landing pages'
        ),
        pct(
          kr(
            'Lift landing-page form conversion from 2.5 % to 3.3 %',
            'Emma',
            'increase',
            [2.5, 3.3, 3.1],
            7,
            'Cut the form to 4 fields; add customer logos above the fold'
          )
        ),
        kr(
          'Cut the cost per lead from €85 to €60',
          'Karim',
          'decrease',
          [85, 60, 68],
          7,
          'Move budget from display to the two best search campaigns'
        ),
        kr(
          'Launch the chatbot on the pricing page',
          'Karim',
          'milestone',
          [0, 1, 1],
          10,
          'Write the 10 most asked questions; connect the bot to the CRM'
        ),
      ],
    },
    {
      objective: 'Make our content the reference on B2B onboarding',
      krs: [
        kr(
          'Grow blog newsletter subscribers from 2,000 to 2,500',
          'Hugo',
          'increase',
          [2000, 2500, 2300],
          7,
          'Add an inline sign-up box to the 10 most read articles'
        ),
        kr(
          'Bring the "onboarding checklist" guide from position 25 to the top 8 on Google',
          'Hugo',
          'decrease',
          [25, 8, 16],
          6,
          'Rewrite the guide into a long-form article; get 3 partner sites to link to it'
        ),
        kr(
          'Earn 5 new backlinks from industry websites',
          'Chloé',
          'increase',
          [0, 5, 3],
          7,
          'Pitch two guest articles a month; share our benchmark data'
        ),
        kr(
          'Publish 4 customer case studies',
          'Chloé',
          'increase',
          [0, 4, 2],
          7,
          'Interview 6 customers; have each case study approved by the customer'
        ),
      ],
    },
    {
      objective: 'Turn email and events into a pipeline engine',
      krs: [
        kr(
          'Double webinar sign-ups from email campaigns, from 300 to 600',
          'Inès',
          'increase',
          [300, 600, 410],
          5,
          'Segment the list by role; send a reminder sequence of 3 emails'
        ),
        pct(
          kr(
            'Raise the newsletter open rate from 24 % to 28 %',
            'Inès',
            'increase',
            [24, 28, 25.5],
            5,
            'Test subject lines every week; clean inactive contacts'
          )
        ),
        kr(
          'Book 60 meetings with prospects for the trade show',
          'Karim',
          'increase',
          [0, 60, 9],
          3,
          'Invite key accounts by email and LinkedIn; offer live demo slots on the stand'
        ),
        kr(
          'Deploy 2 new lead-nurturing scenarios',
          'Inès',
          'increase',
          [0, 2, 1],
          7,
          'Map the trial-to-demo journey; write the 5 emails of each scenario'
        ),
      ],
    },
  ],
  fr: [
    {
      objective: 'Attirer plus de leads entrants qualifiés',
      krs: [
        kr(
          "Passer de 120 à 150 demandes de démo par mois sur les pages d'atterrissage",
          'Emma',
          'increase',
          [120, 150, 144],
          8,
          'Tester en A/B le bandeau et le formulaire des 3 pages les plus visitées'
        ),
        pct(
          kr(
            'Porter la conversion des formulaires de 2,5 % à 3,3 %',
            'Emma',
            'increase',
            [2.5, 3.3, 3.1],
            7,
            'Réduire le formulaire à 4 champs ; afficher des logos clients en haut de page'
          )
        ),
        kr(
          'Réduire le coût par lead de 85 € à 60 €',
          'Karim',
          'decrease',
          [85, 60, 68],
          7,
          'Déplacer le budget display vers les deux meilleures campagnes search'
        ),
        kr(
          'Lancer le chatbot de la page tarifs',
          'Karim',
          'milestone',
          [0, 1, 1],
          10,
          'Rédiger les 10 questions les plus posées ; connecter le bot au CRM'
        ),
      ],
    },
    {
      objective: "Faire de nos contenus la référence de l'onboarding B2B",
      krs: [
        kr(
          'Faire passer les abonnés à la newsletter du blog de 2 000 à 2 500',
          'Hugo',
          'increase',
          [2000, 2500, 2300],
          7,
          "Ajouter un encart d'inscription aux 10 articles les plus lus"
        ),
        kr(
          "Faire passer le guide « checklist d'onboarding » de la 25e à la 8e position sur Google",
          'Hugo',
          'decrease',
          [25, 8, 16],
          6,
          'Réécrire le guide en article de fond ; obtenir 3 liens de sites partenaires'
        ),
        kr(
          'Obtenir 5 nouveaux backlinks de sites du secteur',
          'Chloé',
          'increase',
          [0, 5, 3],
          7,
          'Proposer deux articles invités par mois ; partager nos données de benchmark'
        ),
        kr(
          'Publier 4 études de cas clients',
          'Chloé',
          'increase',
          [0, 4, 2],
          7,
          'Interviewer 6 clients ; faire valider chaque étude de cas par le client'
        ),
      ],
    },
    {
      objective: "Faire de l'emailing et des événements un moteur de pipeline",
      krs: [
        kr(
          'Doubler les inscriptions aux webinaires venant des emails, de 300 à 600',
          'Inès',
          'increase',
          [300, 600, 410],
          5,
          'Segmenter la base par fonction ; envoyer une séquence de 3 relances'
        ),
        pct(
          kr(
            "Faire passer le taux d'ouverture de la newsletter de 24 % à 28 %",
            'Inès',
            'increase',
            [24, 28, 25.5],
            5,
            'Tester les objets chaque semaine ; nettoyer les contacts inactifs'
          )
        ),
        kr(
          'Décrocher 60 rendez-vous avec des prospects pour le salon',
          'Karim',
          'increase',
          [0, 60, 9],
          3,
          'Inviter les comptes clés par email et LinkedIn ; proposer des créneaux de démo sur le stand'
        ),
        kr(
          'Déployer 2 nouveaux scénarios de nurturing',
          'Inès',
          'increase',
          [0, 2, 1],
          7,
          'Cartographier le parcours essai → démo ; écrire les 5 emails de chaque scénario'
        ),
      ],
    },
  ],
};

/**
 * The example rows laid out on the current columns (0-based indexes), `width` cells each. Computed and unknown
 * columns stay blank; the objective is written on its first KR only ("blank means same as above").
 */
export function exampleRows(
  lang: Lang,
  columns: Partial<Record<OkrColumnKey, number>>,
  width: number
): unknown[][] {
  const rows: unknown[][] = [];
  for (const objective of EXAMPLE_OKRS[lang]) {
    objective.krs.forEach((example, index) => {
      const row: unknown[] = new Array(width).fill('');
      const put = (key: OkrColumnKey, value: unknown) => {
        const col = columns[key];
        if (col !== undefined && col < width) row[col] = value;
      };
      if (index === 0) put('objective', objective.objective);
      put('keyResult', example.keyResult);
      put('owner', example.owner);
      put('kind', kindLabel(lang, example.kind));
      put('start', example.start);
      put('target', example.target);
      put('current', example.current);
      put('confidence', example.confidence);
      put('actions', example.actions);
      rows.push(row);
    });
  }
  return rows;
}

/** For each example row (in exampleRows' order), whether it is a percent KR (its numbers get a percent format). */
export function examplePercentRows(lang: Lang): boolean[] {
  return EXAMPLE_OKRS[lang].flatMap(objective => objective.krs.map(example => example.percent === true));
}

/** Whether the table already holds the examples (an example objective written in either language). */
export function hasExampleOkrs(objectives: readonly unknown[]): boolean {
  const names = new Set(Object.values(EXAMPLE_OKRS).flatMap(list => list.map(o => o.objective)));
  return objectives.some(value => typeof value === 'string' && names.has(value.trim()));
}
