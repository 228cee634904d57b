package dev.kabar.extract;

/** Whether a statement is quoted word for word or reported in the writer's words. */
public enum SpeechMode { DIRECT, REPORTED }
