import type { Placement } from '../pillars'
import type { MemberStage } from '../workspace/member'

/**
 * Words (simplified: no accents, lower case, single spaces) that mean a pillar or a stage in
 * English, French, German, Norwegian and Spanish member lists. A value is matched whole; pillar
 * values are also matched by the word stems in `PILLAR_STEMS` ("University of Bergen").
 */
export const PILLAR_SYNONYMS: Record<Placement, string[]> = {
  industry: [
    'industry', 'industry leader', 'industry leaders', 'industrial', 'corporate', 'corporation', 'large company', 'company', 'business', 'sme', 'enterprise',
    'industrie', 'entreprise', 'grande entreprise', 'grand groupe', 'pme', 'eti',
    'unternehmen', 'grossunternehmen', 'konzern', 'kmu', 'mittelstand', 'wirtschaft',
    'industri', 'naeringsliv', 'bedrift', 'storbedrift', 'selskap',
    'industria', 'empresa', 'gran empresa', 'pyme', 'corporacion'
  ],
  entrepreneurs: [
    'entrepreneur', 'entrepreneurs', 'startup', 'start up', 'start ups', 'startups', 'scaleup', 'scale up', 'spin off', 'spinoff', 'founder',
    'jeune pousse', 'createur', 'entrepreneuriat',
    'grunder', 'grundung', 'jungunternehmen', 'existenzgrunder',
    'grunderbedrift', 'oppstart', 'oppstartsbedrift', 'grundere',
    'emprendedor', 'emprendedores', 'emprendimiento', 'empresa emergente'
  ],
  government: [
    'government', 'public', 'public sector', 'public body', 'public authority', 'municipality', 'ministry', 'agency', 'council', 'authority',
    'gouvernement', 'public', 'secteur public', 'collectivite', 'administration', 'mairie', 'region', 'etat',
    'regierung', 'behorde', 'offentliche hand', 'verwaltung', 'kommune', 'ministerium', 'stadt',
    'myndighet', 'myndigheter', 'offentlig', 'offentlig sektor', 'fylkeskommune', 'departement', 'stat',
    'gobierno', 'sector publico', 'administracion', 'ayuntamiento', 'ministerio', 'administracion publica'
  ],
  academia: [
    'academia', 'academic', 'university', 'research', 'research institute', 'college', 'higher education',
    'universite', 'recherche', 'ecole', 'laboratoire', 'academique', 'enseignement superieur',
    'universitat', 'hochschule', 'forschung', 'forschungsinstitut', 'wissenschaft', 'akademie',
    'universitet', 'hogskole', 'forskning', 'forskningsinstitutt', 'akademia',
    'universidad', 'investigacion', 'academico', 'centro de investigacion'
  ],
  investors: [
    'investor', 'investors', 'investment', 'venture capital', 'vc', 'fund', 'business angel', 'angel', 'bank', 'finance',
    'investisseur', 'investisseurs', 'capital risque', 'fonds', 'banque', 'financeur',
    'investoren', 'risikokapital', 'kapitalgeber', 'bank', 'beteiligungsgesellschaft',
    'investorer', 'investor', 'kapital', 'fond', 'banker',
    'inversor', 'inversores', 'inversionista', 'capital riesgo', 'fondo', 'banco'
  ],
  unassigned: ['unassigned', 'none', 'n a', 'na', 'other', 'unknown', 'autre', 'sonstige', 'andre', 'annet', 'otro', 'otros', 'sin asignar', 'non attribue', 'nicht zugeordnet', 'ikke tildelt']
}

/** Word stems found inside longer pillar values ("Norwegian University of Science"). */
export const PILLAR_STEMS: [RegExp, Placement][] = [
  [/\b(invest|venture|vc\b|capital|fund|angel|bank|financ|fonds|kapital|inversi)/, 'investors'],
  [/\b(universi|academ|college|institut|school|research|r d\b|lab\b|laborator|polytechn|hochschule|forsch|hogskole|recherche|investigacion|ecole)/, 'academia'],
  [/\b(government|ministr|municipal|council|agency|authority|public|department|city of|county|federal|behorde|kommune|commune|gouvernement|gobierno|ayuntamiento|myndighet)/, 'government'],
  [/\b(start ?up|scale ?up|entrepreneur|founder|spin ?off|spinout|grunder|emprend)/, 'entrepreneurs'],
  [/\b(industr|corporat|company|enterprise|large|manufactur|firm|business|sme|unternehmen|entreprise|empresa|bedrift)/, 'industry']
]

export const STAGE_SYNONYMS: Record<MemberStage, string[]> = {
  prospect: [
    'prospect', 'lead', 'potential', 'potential member', 'identified', 'to contact', 'contacted', 'new',
    'prospect', 'piste', 'potentiel', 'a contacter', 'contacte',
    'interessent', 'potenziell', 'kontaktiert', 'zu kontaktieren', 'neu',
    'potensiell', 'kontaktet', 'ny', 'aktuell',
    'prospecto', 'potencial', 'contactado', 'nuevo'
  ],
  'in-talks': [
    'in talks', 'talks', 'talking', 'in discussion', 'discussion', 'negotiating', 'negotiation', 'meeting held', 'engaged', 'interested',
    'en discussion', 'en negociation', 'negociation', 'interesse', 'en cours',
    'in gesprachen', 'im gesprach', 'gesprach', 'verhandlung', 'in verhandlung', 'interessiert',
    'i dialog', 'dialog', 'i samtaler', 'samtaler', 'forhandling', 'interessert',
    'en conversaciones', 'conversaciones', 'negociando', 'en negociacion', 'interesado'
  ],
  'letter-of-support': [
    'letter of support', 'support letter', 'los', 'letter of intent', 'loi', 'intent', 'mou', 'supporting',
    'lettre de soutien', 'lettre d intention', 'soutien', 'lettre de support',
    'unterstutzungsschreiben', 'absichtserklarung', 'letter of intent', 'unterstutzung',
    'stotteerklaering', 'stottebrev', 'intensjonsavtale', 'intensjonserklaering',
    'carta de apoyo', 'carta de intencion', 'apoyo'
  ],
  committed: [
    'committed', 'committed member', 'member', 'signed', 'joined', 'confirmed', 'active', 'paid', 'founding member',
    'engage', 'signe', 'membre', 'adherent', 'confirme', 'actif',
    'mitglied', 'unterschrieben', 'bestatigt', 'beigetreten', 'aktiv', 'zugesagt',
    'medlem', 'signert', 'bekreftet', 'innmeldt', 'aktiv',
    'miembro', 'firmado', 'confirmado', 'comprometido', 'socio', 'activo'
  ]
}
