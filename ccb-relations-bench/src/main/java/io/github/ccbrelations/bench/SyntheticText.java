package io.github.ccbrelations.bench;

import java.util.SplittableRandom;

/** The made-up words of the synthetic datasets: country names, body names and filler, in fr, nl, en and de. */
final class SyntheticText {
  static final String[] SYLLABLES = {"al", "bé", "cor", "da", "el", "fé", "gra", "hu", "is", "jo", "ka", "lü",
      "mo", "né", "or", "pa", "qui", "ro", "sé", "tu", "ul", "vé", "wa", "xe", "yo", "zä"};
  static final String[][] NAME_WORDS = {
      {"Agence nationale de cybersécurité", "Centre fédéral de coordination", "Groupe de travail horizontal",
          "Conseil d'administration", "Réseau des CSIRT", "Autorité de certification"},
      {"Nationaal agentschap voor cyberbeveiliging", "Federaal coördinatiecentrum", "Horizontale werkgroep",
          "Raad van bestuur", "Netwerk van CSIRT's", "Certificeringsautoriteit"},
      {"National cybersecurity agency", "Federal coordination centre", "Horizontal working party",
          "Management board", "CSIRTs network", "Certification authority"},
      {"Nationale Agentur für Cybersicherheit", "Föderales Koordinierungszentrum", "Horizontale Arbeitsgruppe",
          "Verwaltungsrat", "CSIRT-Netzwerk", "Zertifizierungsbehörde"}};

  private SyntheticText() {}

  static String word(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = 2 + r.nextInt(2);
    for (int k = 0; k < n; k++) {
      b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }

  /** The name of a block's country, unique per block. */
  static String country(int block) {
    StringBuilder b = new StringBuilder();
    int x = block;
    do {
      b.append(SYLLABLES[x % SYLLABLES.length]);
      x /= SYLLABLES.length;
    } while (x > 0);
    b.append("ie");
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
