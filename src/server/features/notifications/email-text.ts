import type { Locale } from '../../../shared/locales.js';
import type { NotificationKind } from '../../../shared/notifications.js';

export interface MailFacts {
  /** The recipient's display name. */
  recipientName: string;
  /** Who caused it (display name), when someone did. */
  name: string | null;
  /** The group it is about (mentor approvals), when known. */
  group: string | null;
  /** Where it leads: PUBLIC_URL + the notification's path. */
  link: string;
  /** PUBLIC_URL + the notification settings. */
  settingsLink: string;
  /** The recipient's own words to themselves (a high-risk reminder's message), quoted back to them. */
  ownWords?: string | null;
}

/**
 * Kinds whose data may carry the recipient's own words (`data.message`), written by them
 * for themselves. Nobody else's words ever go into an e-mail.
 */
export const OWN_WORDS_KINDS: readonly NotificationKind[] = ['reminder.high_risk'];

interface Filled {
  name: string;
  group: string;
}

interface KindText {
  subject: (f: Filled) => string;
  line: (f: Filled) => string;
}

interface LocaleText {
  someone: string;
  yourGroup: string;
  greeting: (name: string) => string;
  ownWords: (words: string) => string;
  open: string;
  footer: (link: string) => string;
  kinds: Record<NotificationKind, KindText>;
}

/**
 * The e-mail of each kind of notification, in English and Spanish: short, kind, person-first.
 * Only ids and names travel in notifications, so no e-mail quotes what a member wrote.
 */
const TEXT: Record<Locale, LocaleText> = {
  en: {
    someone: 'Someone',
    yourGroup: 'your group',
    greeting: (name) => `Hi ${name},`,
    ownWords: (words) => `Your note to yourself: “${words}”`,
    open: 'Open it in Kindred:',
    footer: (link) => `You can choose which e-mails Kindred sends you, and set quiet hours, in Settings: ${link}`,
    kinds: {
      'partner.request': {
        subject: (f) => `${f.name} would like to be accountability partners`,
        line: (f) => `${f.name} would like to be accountability partners with you. You can accept or decline whenever you are ready.`,
      },
      'partner.accepted': {
        subject: (f) => `${f.name} accepted your partner request`,
        line: (f) => `${f.name} accepted your request. You can now support each other between meetings.`,
      },
      'partner.nudge': {
        subject: (f) => `${f.name} is thinking of you`,
        line: (f) => `${f.name} sent you a nudge to say they are thinking of you.`,
      },
      'partner.message': {
        subject: (f) => `A new message from ${f.name}`,
        line: (f) => `${f.name} sent you a message. You can read it in Kindred.`,
      },
      'mentor.request': {
        subject: (f) => `${f.name} asked you to be their mentor`,
        line: (f) => `${f.name} would like you to mentor them. You can accept or decline whenever you are ready.`,
      },
      'mentor.accepted': {
        subject: (f) => `${f.name} agreed to mentor you`,
        line: (f) => `${f.name} accepted your request and will be your mentor.`,
      },
      'mentor.approval_request': {
        subject: (f) => `${f.name} offered to mentor in ${f.group}`,
        line: (f) => `${f.name} offered to mentor members of ${f.group}. As part of the core team, you can review the offer.`,
      },
      'mentor.approved': {
        subject: (f) => `You can now mentor in ${f.group}`,
        line: (f) => `The core team of ${f.group} approved you as a mentor. Thank you for offering your experience.`,
      },
      'sos.alert': {
        subject: (f) => `${f.name} is asking for support now`,
        line: (f) => `${f.name} reached out for support right now. If you can, open Kindred and let them know you are there.`,
      },
      'sos.response': {
        subject: (f) => `${f.name} answered your call for support`,
        line: (f) => `${f.name} saw your call for support and responded.`,
      },
      'sos.followup': {
        subject: () => 'How are you today?',
        line: () => 'Yesterday you reached out for support, and that took courage. How are you today? A short check-in helps you see how things are going.',
      },
      'reminder.checkin': {
        subject: () => 'Time for your check-in',
        line: () => 'This is your reminder for today’s check-in. It takes about 20 seconds.',
      },
      'reminder.high_risk': {
        subject: () => 'A time you marked as harder is starting',
        line: () => 'You asked for a reminder at this time. Your safety plan and the people on it are one tap away.',
      },
      'reminder.partner_high_risk': {
        subject: (f) => `${f.name} could use a kind word`,
        line: (f) => `${f.name} is starting a time they marked as harder and wanted you to know. A short message can help.`,
      },
      'grant.received': {
        subject: (f) => `${f.name} shared something with you`,
        line: (f) => `${f.name} chose to share some of their records with you. You can see what, and for how long, in Kindred.`,
      },
    },
  },
  es: {
    someone: 'Alguien',
    yourGroup: 'tu grupo',
    greeting: (name) => `Hola, ${name}:`,
    ownWords: (words) => `Tu nota para ti: «${words}»`,
    open: 'Ábrelo en Kindred:',
    footer: (link) => `Puedes elegir qué correos te envía Kindred, y fijar horas de silencio, en Ajustes: ${link}`,
    kinds: {
      'partner.request': {
        subject: (f) => `${f.name} te invita a ser compañeros de apoyo`,
        line: (f) => `${f.name} te invita a ser compañeros de apoyo. Puedes aceptar o rechazar cuando quieras.`,
      },
      'partner.accepted': {
        subject: (f) => `${f.name} aceptó tu solicitud de acompañamiento`,
        line: (f) => `${f.name} aceptó tu solicitud. Ahora pueden apoyarse entre reuniones.`,
      },
      'partner.nudge': {
        subject: (f) => `${f.name} está pensando en ti`,
        line: (f) => `${f.name} te envió un saludo para decirte que está pensando en ti.`,
      },
      'partner.message': {
        subject: (f) => `Un mensaje nuevo de ${f.name}`,
        line: (f) => `${f.name} te envió un mensaje. Puedes leerlo en Kindred.`,
      },
      'mentor.request': {
        subject: (f) => `${f.name} te pidió mentoría`,
        line: (f) => `${f.name} quiere que le acompañes con mentoría. Puedes aceptar o rechazar cuando quieras.`,
      },
      'mentor.accepted': {
        subject: (f) => `${f.name} aceptó acompañarte con mentoría`,
        line: (f) => `${f.name} aceptó tu solicitud de mentoría.`,
      },
      'mentor.approval_request': {
        subject: (f) => `${f.name} se ofreció para dar mentoría en ${f.group}`,
        line: (f) => `${f.name} se ofreció para dar mentoría a miembros de ${f.group}. Como parte del equipo coordinador, puedes revisar la oferta.`,
      },
      'mentor.approved': {
        subject: (f) => `Ya puedes dar mentoría en ${f.group}`,
        line: (f) => `El equipo coordinador de ${f.group} aprobó tu mentoría. Gracias por ofrecer tu experiencia.`,
      },
      'sos.alert': {
        subject: (f) => `${f.name} está pidiendo apoyo ahora`,
        line: (f) => `${f.name} pidió apoyo en este momento. Si puedes, abre Kindred y hazle saber que estás ahí.`,
      },
      'sos.response': {
        subject: (f) => `${f.name} respondió a tu pedido de apoyo`,
        line: (f) => `${f.name} vio tu pedido de apoyo y respondió.`,
      },
      'sos.followup': {
        subject: () => '¿Cómo estás hoy?',
        line: () => 'Ayer pediste apoyo, y eso requiere valor. ¿Cómo estás hoy? Un registro breve te ayuda a ver cómo van las cosas.',
      },
      'reminder.checkin': {
        subject: () => 'Es hora de tu registro diario',
        line: () => 'Este es tu recordatorio para el registro de hoy. Toma unos 20 segundos.',
      },
      'reminder.high_risk': {
        subject: () => 'Empieza un momento que marcaste como difícil',
        line: () => 'Pediste un recordatorio a esta hora. Tu plan de seguridad y las personas que lo forman están a un toque.',
      },
      'reminder.partner_high_risk': {
        subject: (f) => `A ${f.name} le vendría bien una palabra amable`,
        line: (f) => `${f.name} empieza un momento que marcó como difícil y quiso que lo supieras. Un mensaje corto puede ayudar.`,
      },
      'grant.received': {
        subject: (f) => `${f.name} compartió algo contigo`,
        line: (f) => `${f.name} decidió compartir contigo parte de sus registros. Puedes ver qué y hasta cuándo en Kindred.`,
      },
    },
  },
};

/** The subject and plain-text body of a notification's e-mail, in the recipient's language. */
export function notificationEmail(kind: NotificationKind, locale: string, facts: MailFacts): { subject: string; text: string } {
  const text = locale === 'es' ? TEXT.es : TEXT.en;
  const filled = { name: facts.name ?? text.someone, group: facts.group ?? text.yourGroup };
  const { subject, line } = text.kinds[kind];
  return {
    subject: subject(filled),
    text: [
      text.greeting(facts.recipientName),
      '',
      line(filled),
      ...(facts.ownWords && OWN_WORDS_KINDS.includes(kind) ? ['', text.ownWords(facts.ownWords)] : []),
      '',
      text.open,
      facts.link,
      '',
      '—',
      text.footer(facts.settingsLink),
      '',
    ].join('\n'),
  };
}
