package dev.kabar.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by the build), or "dev" when run from classes. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Kabar.class.getPackage().getImplementationVersion();
        return new String[] {"kabar " + (v == null ? "dev" : v),
                "Java " + System.getProperty("java.version") + ", Apache Jena " + org.apache.jena.Jena.VERSION};
    }
}
