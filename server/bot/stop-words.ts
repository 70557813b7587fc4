/**
 * Words that say nothing about what a visitor is asking: English function words, and the fillers of a chat
 * question ("please", "can you tell me", "I want to know"). Dropped before searching, so that "what is your"
 * cannot outweigh the one word that names the topic. Apostrophes are removed before the lookup, so
 * contractions appear without them ("dont", "whats").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `
  a about above after again against all also am an and another any anybody anyone anything are arent
  around as ask asking at
  be because been before being below between both but by
  can cannot cant cheers could couldnt
  did didnt do does doesnt doing done dont during
  each either else even ever every
  few for from further
  get gets getting go goes going got gotten guys
  had hadnt has hasnt have havent having he hed hell hello help her here hers herself hes hey hi him
  himself his hmm how hows
  i id if ill im in into is isnt it its itself ive
  just
  know
  let lets like long
  may me might mine more most much must mustnt my myself
  need needs next no nor not now
  of off ok okay on once one only onto or other others ought our ours ourselves out over own
  please pls plz
  question questions quite
  really
  said same say shall shant she shed shell shes should shouldnt so some somebody someone something sorry
  such sure
  take takes taking tell than thank thanks that thats the their theirs them themselves then there theres
  these they theyd theyll theyre theyve thing things this those though through thus to too
  under until up upon
  very
  want wanted wants was wasnt way we wed well were werent weve what whats when whens where wheres whether
  which while who whom whos whose why whys will with within without wont would wouldnt
  yes yet you youd youll your youre yours yourself yourselves youve
  `
    .trim()
    .split(/\s+/),
);
