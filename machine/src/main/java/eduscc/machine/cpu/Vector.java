package eduscc.machine.cpu;

/**
 * Exception vectors 0-31 as the SDM numbers them (Vol. 3A §6.3.1 "Exceptions and Interrupts
 * Reference"), and which of them push an error code (§6.13; facts D.2).
 */
public final class Vector {
    public static final int DE = 0;
    public static final int DB = 1;
    public static final int NMI = 2;
    public static final int BP = 3;
    public static final int OF = 4;
    public static final int BR = 5;
    public static final int UD = 6;
    public static final int NM = 7;
    public static final int DF = 8;
    public static final int TS = 10;
    public static final int NP = 11;
    public static final int SS = 12;
    public static final int GP = 13;
    public static final int PF = 14;
    public static final int MF = 16;
    public static final int AC = 17;
    public static final int MC = 18;

    private static final String[] MNEMONICS = {
        "#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", "CSO", "#TS", "#NP", "#SS", "#GP", "#PF",
        "15", "#MF", "#AC", "#MC"
    };

    private Vector() {
    }

    /** 8 #DF, 10 #TS, 11 #NP, 12 #SS, 13 #GP, 14 #PF and 17 #AC push an error code. */
    public static boolean pushesErrorCode(int vector) {
        return vector == DF || (vector >= TS && vector <= PF) || vector == AC;
    }

    /** Double faults: a second contributory fault (or a #PF after a #PF) while delivering the first. */
    public static boolean isContributory(int vector) {
        return vector == DE || (vector >= TS && vector <= GP);
    }

    public static String name(int vector) {
        return vector < MNEMONICS.length ? MNEMONICS[vector] : "vector " + vector;
    }
}
