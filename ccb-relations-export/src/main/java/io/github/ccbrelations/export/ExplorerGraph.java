package io.github.ccbrelations.export;

import io.github.ccbrelations.data.CcbRelations;
import io.github.ccbrelations.data.Dataset;
import io.github.ccbrelations.model.Body;
import io.github.ccbrelations.model.BodyId;
import io.github.ccbrelations.model.Language;
import io.github.ccbrelations.model.Role;
import io.github.ccbrelations.text.Terms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The explorer page's diagram as inline SVG, laid out in two columns so that no edge crosses a group: on the left the
 * bodies that act (the CCB with its parts, and Belgium), on the right every other body of the dataset, grouped
 * national, European, international and operational ({@link ExplorerGroups}). Each role with a body (or a party it acts
 * for) is a curve from the part that acts to its own line in the target's box, labelled with the function; roles with
 * neither are listed inside the acting box. Every text carries its four translations ({@code data-fr}, ...), so the
 * page switches language in place, and every role carries its validity ({@code data-from}, {@code data-to}), so the
 * page shows the relations of a day.
 */
final class ExplorerGraph {
  private static final int WIDTH = 930;
  private static final int ACTOR_X = 12;
  private static final int ACTOR_W = 220;
  private static final int LABEL_X = 340;
  private static final int NODE_X = 620;
  private static final int NODE_W = 292;
  private static final int SLOT = 24;
  private static final int GROUP_HEAD = 30;
  /** About how wide a character of a bold 13 px name is (measured in Chromium), to cut names that would overflow. */
  private static final double NAME_CHAR = 7.8;
  /** About how wide a character of a 13 px name in normal weight is. */
  private static final double PLAIN_CHAR = 6.8;
  /** About how wide a character of a 12 px role label is. */
  private static final double LABEL_CHAR = 6.6;

  private final Dataset data;
  private final Language initial;
  /** The CCB and its parts: the acting column's group. */
  private final Set<BodyId> ccbParts = new LinkedHashSet<>();
  /** The bodies that act in some role, in dataset order after the CCB's group. */
  private final Set<BodyId> actors = new LinkedHashSet<>();
  /** The roles drawn as edges, in dataset order, and by the body they end at. */
  private final List<Role> drawn = new ArrayList<>();
  private final Map<BodyId, List<Role>> incoming = new LinkedHashMap<>();
  /** The roles with no body and no party, listed in their actor's box. */
  private final Map<BodyId, List<Role>> ownRoles = new LinkedHashMap<>();
  private final Map<String, Integer> roleY = new HashMap<>();
  private final Map<BodyId, Integer> actorY = new HashMap<>();

  private ExplorerGraph(Dataset data, Language initial) {
    this.data = data;
    this.initial = initial;
    data.findBody(CcbRelations.CCB).ifPresent(ccb -> {
      ccbParts.add(ccb.id());
      data.descendantsOf(ccb.id()).forEach(b -> ccbParts.add(b.id()));
    });
    actors.addAll(ccbParts);
    for (Role r : data.roles()) {
      actors.add(actor(r));
      Optional<BodyId> to = target(r);
      if (to.isPresent()) {
        drawn.add(r);
        incoming.computeIfAbsent(to.get(), k -> new ArrayList<>()).add(r);
      } else {
        ownRoles.computeIfAbsent(actor(r), k -> new ArrayList<>()).add(r);
      }
    }
  }

  /** The SVG element of the whole history of the dataset, texts in the initial language. */
  static String svg(Dataset dataset, Language initial) {
    return new ExplorerGraph(dataset.allTime(), initial).draw();
  }

  private String draw() {
    StringBuilder right = new StringBuilder();
    int height = targets(right) + 8;
    StringBuilder left = new StringBuilder();
    actors(left, height);
    StringBuilder edges = new StringBuilder();
    drawn.forEach(r -> edge(edges, r));
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"graph\" viewBox=\"0 0 ").append(WIDTH).append(' ')
        .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" role=\"group\" aria-labelledby=\"graph-title\">\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" ")
        .append("markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n")
        .append(edges).append(left).append(right).append("</svg>").toString();
  }

  /**
   * The right column: every body but the CCB's parts that no role ends at, group by group, parts right after the
   * body they belong to, each box one line high per role that ends there.
   *
   * @return the height used
   */
  private int targets(StringBuilder out) {
    Map<BodyId, ExplorerGroups.Group> groups = ExplorerGroups.of(data);
    int y = 8;
    for (ExplorerGroups.Group g : ExplorerGroups.Group.values()) {
      List<Body> members = ordered(data.bodies().stream()
          .filter(b -> (!ccbParts.contains(b.id()) || incoming.containsKey(b.id())) && groups.get(b.id()) == g)
          .toList());
      if (members.isEmpty()) {
        continue;
      }
      int top = y;
      y += GROUP_HEAD;
      StringBuilder rows = new StringBuilder();
      for (Body b : members) {
        List<Role> in = incoming.getOrDefault(b.id(), List.of());
        int height = Math.max(1, in.size()) * SLOT + 6;
        int depth = depth(b, members);
        rows.append("<g class=\"node target\" tabindex=\"0\" role=\"button\" data-body=\"")
            .append(Html.attr(b.id().value())).append("\" transform=\"translate(").append(NODE_X + 12 * depth)
            .append(',').append(y).append(")\"><rect width=\"").append(NODE_W - 12 * depth).append("\" height=\"")
            .append(height - 4).append("\" rx=\"5\"/>");
        text(rows, 10, (height - 4) / 2 + 5, "name", nodeLabels(b), fit(NODE_W - 12 * depth - 16, PLAIN_CHAR));
        rows.append("</g>\n");
        for (int i = 0; i < in.size(); i++) {
          roleY.put(in.get(i).id().value(), y + SLOT / 2 + 1 + i * SLOT);
        }
        y += height;
      }
      y += 8;
      out.append("<g class=\"group\" data-group=\"").append(g.name().toLowerCase(java.util.Locale.ROOT))
          .append("\"><rect class=\"group-box\" x=\"").append(NODE_X - 14).append("\" y=\"").append(top)
          .append("\" width=\"").append(NODE_W + 24).append("\" height=\"").append(y - top - 4).append("\" rx=\"8\"/>");
      text(out, NODE_X - 4, top + 20, "group-name", ExplorerGroups.NAMES.get(g), fit(NODE_W, NAME_CHAR));
      out.append('\n').append(rows).append("</g>\n");
      y += 6;
    }
    return y;
  }

  /** The left column: the acting bodies with the roles they hold in no body, centred on the given height. */
  private void actors(StringBuilder out, int height) {
    int total = 0;
    for (BodyId a : actors) {
      total += actorHeight(ownRoles.getOrDefault(a, List.of())) + 12;
    }
    int y = Math.max(8, (height - total) / 2);
    for (BodyId a : actors) {
      List<Role> own = ownRoles.getOrDefault(a, List.of());
      int h = actorHeight(own);
      Body b = data.body(a);
      int depth = b.partOf().filter(ccbParts::contains).isPresent() ? 1 : 0;
      out.append("<g class=\"node actor\" tabindex=\"0\" role=\"button\" data-body=\"")
          .append(Html.attr(a.value())).append("\" transform=\"translate(").append(ACTOR_X + 16 * depth).append(',')
          .append(y).append(")\"><rect width=\"").append(ACTOR_W - 16 * depth).append("\" height=\"").append(h)
          .append("\" rx=\"5\"/>");
      text(out, 10, 21, "name", nodeLabels(b), fit(ACTOR_W - 16 * depth - 16, NAME_CHAR));
      for (int i = 0; i < own.size(); i++) {
        Role r = own.get(i);
        out.append("<g class=\"own-role\" data-role=\"").append(Html.attr(r.id().value())).append('"')
            .append(validity(r)).append('>');
        text(out, 18, 41 + i * 18, "role-name", functionWords(r), fit(ACTOR_W - 16 * depth - 24, LABEL_CHAR));
        out.append("</g>");
      }
      out.append("</g>\n");
      actorY.put(a, y + 16);
      y += h + 12;
    }
  }

  /** A curve from the actor to the role's own line in the target's box, labelled with the function. */
  private void edge(StringBuilder out, Role r) {
    int y1 = actorY.get(actor(r));
    int y2 = roleY.get(r.id().value());
    int x1 = ACTOR_X + ACTOR_W;
    String kind = r.condition().isPresent() ? " conditional" : r.body().isEmpty() ? " party" : "";
    out.append("<g class=\"edge").append(kind).append("\" data-role=\"").append(Html.attr(r.id().value()))
        .append("\" data-from-body=\"").append(Html.attr(actor(r).value())).append("\" data-to-body=\"")
        .append(Html.attr(target(r).orElseThrow().value())).append('"').append(validity(r)).append('>')
        .append("<path d=\"M").append(x1).append(',').append(y1).append(" C").append((x1 + LABEL_X) / 2)
        .append(',').append(y1).append(' ').append((x1 + LABEL_X) / 2).append(',').append(y2).append(' ')
        .append(LABEL_X).append(',').append(y2).append(" L").append(NODE_X - 6).append(',').append(y2)
        .append("\" marker-end=\"url(#arrow)\"/>");
    text(out, LABEL_X + 4, y2 - 5, "edge-label", functionWords(r), fit(NODE_X - LABEL_X - 14, LABEL_CHAR));
    out.append("</g>\n");
  }

  /** The part of the holder that acts: CERT.be for the roles held through it, else the holder. */
  static BodyId actor(Role r) {
    return r.via().orElse(r.holder());
  }

  /**
   * Where a role's edge ends: its body, else the body it is about (a project), else the party it acts for; empty for
   * a role drawn inside its actor.
   */
  static Optional<BodyId> target(Role r) {
    return r.body().or(r::about).or(r::onBehalfOf);
  }

  private static int actorHeight(List<Role> own) {
    return 30 + own.size() * 18 + (own.isEmpty() ? 0 : 4);
  }

  /** Bodies in dataset order, each followed at once by its children in the same list. */
  private static List<Body> ordered(List<Body> members) {
    Map<BodyId, Body> byId = new LinkedHashMap<>();
    members.forEach(b -> byId.put(b.id(), b));
    List<Body> out = new ArrayList<>();
    for (Body b : members) {
      if (b.partOf().filter(byId::containsKey).isEmpty()) {
        addWithChildren(b, members, out);
      }
    }
    return out;
  }

  private static void addWithChildren(Body b, List<Body> members, List<Body> out) {
    out.add(b);
    for (Body c : members) {
      if (c.partOf().filter(b.id()::equals).isPresent()) {
        addWithChildren(c, members, out);
      }
    }
  }

  private static int depth(Body b, List<Body> members) {
    int depth = 0;
    Optional<BodyId> parent = b.partOf();
    while (parent.isPresent()) {
      BodyId p = parent.get();
      Optional<Body> in = members.stream().filter(m -> m.id().equals(p)).findFirst();
      if (in.isEmpty()) {
        break;
      }
      depth++;
      parent = in.get().partOf();
    }
    return depth;
  }

  /** The node label in each language: its short label, with the body it belongs to when not already in it. */
  private Map<Language, String> nodeLabels(Body body) {
    Map<Language, String> out = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      List<Language> order = Terms.preference(l);
      String label = Words.shortLabel(body, order);
      Optional<String> parent = body.partOf().map(p -> Words.shortLabel(data.body(p), order));
      if (parent.isPresent() && !label.contains(parent.get())) {
        label = label + " (" + parent.get() + ")";
      }
      out.put(l, label);
    }
    return out;
  }

  /** The function, with the condition after it when there is one: "expert support · on request". */
  private static Map<Language, String> functionWords(Role r) {
    Map<Language, String> out = new LinkedHashMap<>();
    for (Language l : Language.values()) {
      out.put(l, Terms.function(r.function(), l) + r.condition().map(c -> " · " + Terms.condition(c, l)).orElse(""));
    }
    return out;
  }

  private static String validity(Role r) {
    return ExplorerData.from(r.validity()).map(d -> " data-from=\"" + d + "\"").orElse("")
        + ExplorerData.to(r.validity()).map(d -> " data-to=\"" + d + "\"").orElse("");
  }

  /** A text element shown in the initial language, with every translation in data attributes for the switch. */
  private void text(StringBuilder out, int x, int y, String cssClass, Map<Language, String> texts, int max) {
    out.append("<text class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"").append(y)
        .append("\" data-max=\"").append(max).append('"');
    for (Map.Entry<Language, String> t : texts.entrySet()) {
      out.append(" data-").append(t.getKey().code()).append("=\"").append(Html.attr(t.getValue())).append('"');
    }
    out.append('>').append(Html.text(shorten(texts.get(initial), max))).append("</text>");
  }

  /** How many characters of a text fit a width. */
  private static int fit(int width, double charWidth) {
    return (int) (width / charWidth);
  }

  /**
   * Text cut to fit its box, as the page's script cuts it; the page shows the whole name in the details. The cut
   * never splits a character outside the BMP (half of it has no UTF-8 form, so the page could not be written), and
   * the white space it trims is what the script's {@code trim()} trims: also no-break spaces, which
   * {@link String#strip()} keeps.
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    while (start < end && isTrimmed(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end) + "…";
  }

  /**
   * A character JavaScript's {@code trim()} removes: tab, vertical tab, form feed, the byte order mark, line ends and
   * every space separator, no-break spaces included.
   */
  private static boolean isTrimmed(char c) {
    return "\t\n\u000B\f\r\uFEFF".indexOf(c) >= 0 || Character.isSpaceChar(c);
  }
}
