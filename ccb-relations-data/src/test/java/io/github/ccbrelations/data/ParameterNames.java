package io.github.ccbrelations.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter names of a method as compiled ({@code -parameters}), read from the class file itself. Reflection's
 * names are not enough here: when the fuzz test runs in the same JVM first, Jazzer's instrumentation drops the
 * {@code MethodParameters} attribute of the classes it rewrites, and reflection then says {@code arg0}.
 */
final class ParameterNames {
  private ParameterNames() {}

  static List<String> of(Executable member) {
    Class<?> type = member.getDeclaringClass();
    String key = (member instanceof Constructor ? "<init>" : member.getName()) + descriptor(member);
    List<String> names = read(type).get(key);
    if (names == null) {
      throw new IllegalStateException("no MethodParameters for " + member + " in the class file (compiled without"
          + " -parameters?)");
    }
    return names;
  }

  private static String descriptor(Executable member) {
    StringBuilder s = new StringBuilder("(");
    for (Class<?> p : member.getParameterTypes()) {
      s.append(p.descriptorString());
    }
    s.append(')').append(member instanceof Method m ? m.getReturnType().descriptorString() : "V");
    return s.toString();
  }

  /** Method name and descriptor to parameter names, for every method with a MethodParameters attribute. */
  private static Map<String, List<String>> read(Class<?> type) {
    String resource = type.getSimpleName() + ".class";
    try (InputStream raw = type.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("class file not found: " + resource);
      }
      DataInputStream in = new DataInputStream(raw);
      in.skipNBytes(8);
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
          case 5, 6 -> {
            in.skipNBytes(8);
            i++;
          }
          case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
          case 15 -> in.skipNBytes(3);
          default -> throw new IllegalStateException("constant pool tag " + tag + " in " + resource);
        }
      }
      in.skipNBytes(6);
      in.skipNBytes(2L * in.readUnsignedShort());
      skipMembers(in);
      Map<String, List<String>> out = new HashMap<>();
      int methods = in.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        in.skipNBytes(2);
        String key = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
          String name = utf8[in.readUnsignedShort()];
          int length = in.readInt();
          if (name.equals("MethodParameters")) {
            int params = in.readUnsignedByte();
            List<String> names = new ArrayList<>();
            for (int p = 0; p < params; p++) {
              int index = in.readUnsignedShort();
              in.skipNBytes(2);
              names.add(index == 0 ? "" : utf8[index]);
            }
            out.put(key, names);
          } else {
            in.skipNBytes(length);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void skipMembers(DataInputStream in) throws IOException {
    int members = in.readUnsignedShort();
    for (int f = 0; f < members; f++) {
      in.skipNBytes(6);
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        in.skipNBytes(2);
        in.skipNBytes(in.readInt());
      }
    }
  }
}
