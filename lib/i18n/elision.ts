/**
 * French elides "de" and "le" before a vowel sound: "le catalogue d’Atelier Lumière" but "de Maison
 * Olivia". Messages choose with an ICU select on this value ({shopStart, select, vowel {d’{shop}}
 * other {de {shop}}}); a leading "h" is left alone (aspirated or not cannot be told from spelling).
 */
export function elision(name: string): "vowel" | "other" {
  const first = name.trim().normalize("NFD").charAt(0).toLowerCase();
  return "aeiouy".includes(first) && first !== "" ? "vowel" : "other";
}
