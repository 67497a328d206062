package dev.ffijit.agent.config;

/** How much ffijit writes to stderr. */
public enum LogLevel { OFF, WARN, INFO, DEBUG }
