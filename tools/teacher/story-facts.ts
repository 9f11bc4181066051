import type { PlayerGender } from '../../src/content/index.ts';
import {
  type ChatEvent,
  type ChoicePointId,
  type EndingId,
  labelChoices,
  type RunnerOptions,
  type SaveEnvelope,
  ScenarioRunner,
  type SpeakerId,
  type Stage,
  type TechniqueId,
  type VoiceId,
} from '../../src/engine/index.ts';
import { makeStateKey } from '../state-key.ts';
import {
  type GenderFacts,
  type GenderSaves,
  type GenderWalk,
  startGenderWalk,
  startMarkedWalk,
} from './gender-lines.ts';

/** A line of the story as the guide quotes it: who sends it and what it says (an image line is its description). */
export interface Quote {
  readonly from: SpeakerId;
  readonly text: string;
  readonly isImage: boolean;
}

/** A manipulative line with the plan behind it, for the guide's playbook: the stage it arrives in, techniques, aim. */
export interface PlanLine {
  readonly quote: Quote;
  readonly stage?: Stage;
  readonly techniques: readonly TechniqueId[];
  readonly aim?: string;
}

/** The line just before a choice: a message, a counter-narrative voice or an app notice. */
export type ContextLine =
  | { readonly kind: 'message'; readonly quote: Quote }
  | { readonly kind: 'counter'; readonly voice: VoiceId; readonly text: string }
  | { readonly kind: 'system'; readonly text: string };

/** A choice point as the guide and the map show it. */
export interface ChoicePointFacts {
  readonly id: ChoicePointId;
  /** 1, 2, 3… in the script's order: the number the guide and the map share. */
  readonly number: number;
  readonly options: readonly string[];
  /** Some visits offer other options (once-only or conditional ones): an option's place then depends on the visit. */
  readonly varies?: boolean;
  /** The last line someone else sent before the choice, the first time a walk reached it. */
  readonly context?: ContextLine;
}

/** A #distress line (a message, or an app notice such as the player's own post) and the check-in that answers it. */
export interface DistressMoment {
  readonly text: string;
  /** Who says it; absent for an app notice. */
  readonly from?: SpeakerId;
  readonly checkin?: Quote;
}

/** A node of the story map: the start, a choice point or an ending. */
export type MapNode =
  | { readonly kind: 'start' }
  | { readonly kind: 'choice'; readonly point: ChoicePointId }
  | { readonly kind: 'ending'; readonly ending: EndingId };

/** An arrow of the story map: picking `option` at `from` leads to `to` (the start's arrow has no option). */
export interface MapEdge {
  readonly from: string;
  readonly to: string;
  readonly option?: number;
}

/** Everything the teacher guide and the story map need from walking a script in one language. */
export interface StoryFacts {
  readonly choicePoints: readonly ChoicePointFacts[];
  /** Up to `maxQuotes` distinct lines per technique, earliest first. */
  readonly techniques: ReadonlyMap<TechniqueId, readonly Quote[]>;
  /** The techniques first met in each stage. */
  readonly stages: ReadonlyMap<Stage, ReadonlySet<TechniqueId>>;
  /** Every manipulative line once (by sender and text), in the order the walk first met it, with its plan. */
  readonly plans: readonly PlanLine[];
  /** Each voice's first line. */
  readonly voices: ReadonlyMap<VoiceId, string>;
  /** Each ending's closing sentence. */
  readonly endings: ReadonlyMap<EndingId, string>;
  /** The lines that voice hopelessness (#distress), each with the first check-in that answers it on a walked path. */
  readonly distress: readonly DistressMoment[];
  readonly nodes: ReadonlyMap<string, MapNode>;
  readonly edges: readonly MapEdge[];
  /** The lines whose words change with the player's gender (or the gender the story pins), found on the same walk. */
  readonly gender: GenderFacts;
  /** The walk stopped at its state bound before seeing everything. */
  readonly isPartial: boolean;
}

/** The map's node id for a start, choice point or ending. */
export function nodeId(node: MapNode): string {
  if (node.kind === 'start') return 'start';
  return node.kind === 'choice' ? `choice:${node.point}` : `ending:${node.ending}`;
}

interface Pending {
  readonly save: SaveEnvelope;
  readonly key: string;
  /** The girl and boy games at the same point, while the gender can still change a line. */
  readonly genders?: GenderSaves;
}

interface Collector {
  readonly points: Map<ChoicePointId, { options: string[]; varies?: boolean; context?: ContextLine }>;
  readonly techniques: Map<TechniqueId, Quote[]>;
  readonly stages: Map<Stage, Set<TechniqueId>>;
  readonly plans: Map<string, PlanLine>;
  readonly voices: Map<VoiceId, string>;
  readonly endings: Map<EndingId, string>;
  readonly distress: Map<string, DistressMoment>;
  readonly nodes: Map<string, MapNode>;
  /** What each walked state leads to: the id of the choice point or ending its batch ends at. */
  readonly targets: Map<string, string>;
  readonly arrows: { from: string; option?: number; key: string }[];
  readonly maxQuotes: number;
  readonly keyOf: (save: SaveEnvelope) => string;
  readonly seen: Set<string>;
}

function quoteOf(e: Extract<ChatEvent, { kind: 'message' }>): Quote {
  return { from: e.from, text: e.text, isImage: e.image !== undefined };
}

function contextOf(e: ChatEvent): ContextLine | undefined {
  if (e.kind === 'message' && e.from !== 'me') return { kind: 'message', quote: quoteOf(e) };
  if (e.kind === 'counter') return { kind: 'counter', voice: e.voice, text: e.text };
  if (e.kind === 'system') return { kind: 'system', text: e.text };
  return undefined;
}

/** Reads one batch of events: quotes, voices, stages; returns the map node it ends at. */
function readBatch(c: Collector, events: readonly ChatEvent[], stageBefore: Stage | undefined): MapNode | undefined {
  let stage = stageBefore;
  let context: ContextLine | undefined;
  for (const e of events) {
    if (e.kind === 'stage') stage = e.stage;
    if (e.kind === 'counter' && !c.voices.has(e.voice)) c.voices.set(e.voice, e.text);
    context = contextOf(e) ?? context;
    if (e.kind === 'message') for (const t of e.techniques) addQuote(c, t, e, stage);
    if (e.kind === 'message' && e.techniques.length > 0) addPlan(c, e);
    if (e.kind === 'message' || e.kind === 'system') addDistress(c, e, events);
    if (e.kind === 'ending') {
      if (!c.endings.has(e.ending)) c.endings.set(e.ending, e.text);
      return { kind: 'ending', ending: e.ending };
    }
    if (e.kind === 'choices') {
      // Once-only and conditional options differ from one visit to the next: keep every option ever offered.
      const known = c.points.get(e.point);
      const point = known ?? { options: [], ...(context ? { context } : {}) };
      if (known && (e.options.length !== known.options.length || e.options.some((o, i) => known.options[i] !== o.text)))
        point.varies = true;
      for (const o of e.options) if (!point.options.includes(o.text)) point.options.push(o.text);
      c.points.set(e.point, point);
      return { kind: 'choice', point: e.point };
    }
  }
  return undefined;
}

/** Records a #distress line once, with the first check-in after it in the same batch (the check keeps them in one knot). */
function addDistress(
  c: Collector,
  e: Extract<ChatEvent, { kind: 'message' | 'system' }>,
  events: readonly ChatEvent[],
): void {
  if (!e.distress || c.distress.has(e.text)) return;
  const after = events.slice(events.indexOf(e) + 1);
  const checkin = after.find(
    (x): x is Extract<ChatEvent, { kind: 'message' }> => x.kind === 'message' && x.checkin === true,
  );
  c.distress.set(e.text, {
    text: e.text,
    ...(e.kind === 'message' ? { from: e.from } : {}),
    ...(checkin ? { checkin: quoteOf(checkin) } : {}),
  });
}

function addPlan(c: Collector, e: Extract<ChatEvent, { kind: 'message' }>): void {
  const key = `${e.from}|${e.text}`;
  if (c.plans.has(key)) return;
  c.plans.set(key, {
    quote: quoteOf(e),
    ...(e.stage ? { stage: e.stage } : {}),
    techniques: e.techniques,
    ...(e.aim ? { aim: e.aim } : {}),
  });
}

function addQuote(c: Collector, t: TechniqueId, e: Extract<ChatEvent, { kind: 'message' }>, stage?: Stage): void {
  const quotes = c.techniques.get(t) ?? [];
  c.techniques.set(t, quotes);
  if (stage && ![...c.stages.values()].some((set) => set.has(t))) {
    c.stages.set(stage, (c.stages.get(stage) ?? new Set()).add(t));
  }
  if (quotes.length >= c.maxQuotes || quotes.some((q) => q.text === e.text && q.from === e.from)) return;
  quotes.push(quoteOf(e));
}

/** The gender walk and where its girl and boy games stand at the choice being expanded. */
interface GenderStep {
  readonly walk: GenderWalk;
  readonly atChoice: GenderSaves;
}

/** Plays every option of one state, queues the states it leads to and records the map's arrows. */
function expand(
  c: Collector,
  runner: ScenarioRunner,
  offer: Extract<ChatEvent, { kind: 'choices' }>,
  next: Pending[],
  gender?: GenderStep,
) {
  const atChoice = runner.snapshot();
  const listed = c.points.get(offer.point)?.options ?? [];
  for (const option of offer.options) {
    runner.load(atChoice);
    runner.choose(option.index);
    const save = runner.snapshot();
    const key = c.keyOf(save);
    // Arrows name the option by its place in the point's full list (the letter the guide gives it).
    c.arrows.push({ from: nodeId({ kind: 'choice', point: offer.point }), option: listed.indexOf(option.text), key });
    if (c.seen.has(key)) continue;
    c.seen.add(key);
    const genders = gender?.walk.choose(gender.atChoice, option.index, save);
    next.push({ save, key, ...(genders ? { genders } : {}) });
  }
}

/** How much the guide's walk collects, and the gender a story pins (scenario.json `playerGender`). */
export interface FactsOptions {
  readonly maxQuotes?: number;
  readonly maxStates?: number;
  readonly pinned?: PlayerGender;
  /**
   * How the lines that change with the gender are found: `auto` plays the marked g() when the script's gender changes
   * only words (one walk), else the girl and boy games in lockstep; `lockstep` always does the latter.
   */
  readonly genderWalk?: 'auto' | 'lockstep';
}

/**
 * Plays every option of a script breadth-first, merging states that play out the same (tools/state-key.ts), and
 * collects what the teacher guide quotes and the story map draws. `options` play the "unsaid" game; the girl and boy
 * games follow it in lockstep while the gender can still change a line, so one walk also finds every such line.
 */
export function collectStoryFacts(options: RunnerOptions, how: FactsOptions = {}): StoryFacts {
  const { maxQuotes = 3, maxStates = 20000, pinned } = how;
  const marked = how.genderWalk === 'lockstep' ? undefined : startMarkedWalk(options, pinned);
  const genderWalk = marked ? undefined : startGenderWalk(options, pinned);
  const walk = genderWalk && 'start' in genderWalk ? genderWalk : undefined;
  const story: unknown = typeof options.story === 'string' ? JSON.parse(options.story) : options.story;
  const key = makeStateKey(story);
  const c: Collector = {
    points: new Map(),
    techniques: new Map(),
    stages: new Map(),
    plans: new Map(),
    voices: new Map(),
    endings: new Map(),
    distress: new Map(),
    nodes: new Map([['start', { kind: 'start' }]]),
    targets: new Map(),
    arrows: [],
    maxQuotes,
    keyOf: (save) => key(save.inkState, save.chat),
    seen: new Set(),
  };
  // Runtime warnings are the story checker's business (npm run stories:check), not the guide's.
  const runner = new ScenarioRunner({ ...(marked?.options ?? options), onWarning: () => {} });
  const first = runner.snapshot();
  const firstKey = c.keyOf(first);
  c.arrows.push({ from: 'start', key: firstKey });
  c.seen.add(firstKey);
  let queue: Pending[] = [{ save: first, key: firstKey, ...(walk ? { genders: walk.start } : {}) }];
  while (queue.length > 0 && c.seen.size < maxStates) {
    const next: Pending[] = [];
    for (const { save, key: k, genders } of queue) {
      runner.load(save);
      const events = marked ? marked.read(runner.next()) : runner.next();
      const gender = walk && genders ? { walk, atChoice: walk.compare(genders, events) } : undefined;
      const node = readBatch(c, events, save.stages.at(-1));
      if (!node) continue;
      const id = nodeId(node);
      c.nodes.set(id, node);
      c.targets.set(k, id);
      const last = events.at(-1);
      if (last?.kind !== 'choices') continue;
      expand(c, runner, last, next, gender);
    }
    queue = next;
  }
  const isPartial = queue.length > 0;
  const gender = marked?.facts(isPartial) ?? (walk ? walk.facts(isPartial) : (genderWalk as GenderFacts));
  return finish(c, story, isPartial, gender);
}

function finish(c: Collector, story: unknown, isPartial: boolean, gender: GenderFacts): StoryFacts {
  const order = [...new Set(labelChoices(story).values())].filter((id) => c.points.has(id));
  const choicePoints = order.map((id, i) => ({ id, number: i + 1, ...(c.points.get(id) ?? { options: [] }) }));
  const edges = new Map<string, MapEdge>();
  for (const a of c.arrows) {
    const to = c.targets.get(a.key);
    if (!to) continue;
    const edge = { from: a.from, to, ...(a.option === undefined ? {} : { option: a.option }) };
    edges.set(`${edge.from}|${edge.option ?? ''}|${edge.to}`, edge);
  }
  return {
    choicePoints,
    techniques: c.techniques,
    stages: c.stages,
    plans: [...c.plans.values()],
    voices: c.voices,
    endings: c.endings,
    distress: [...c.distress.values()],
    nodes: c.nodes,
    edges: [...edges.values()],
    gender,
    isPartial,
  };
}
