package dev.ffijit.stubgen.abi;

/** The register file a value lives in. */
public enum RegClass { INT, FLOAT }
