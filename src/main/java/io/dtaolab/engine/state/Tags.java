package io.dtaolab.engine.state;

/** One byte before every value of the graph format: what follows. */
final class Tags {
    static final byte NULL = 0;
    static final byte REF = 1;
    static final byte STRING = 2;
    static final byte LONG = 3;
    static final byte INT = 4;
    static final byte DOUBLE = 5;
    static final byte BOOLEAN = 6;
    static final byte CHAR = 7;
    static final byte BYTE = 8;
    static final byte SHORT = 9;
    static final byte FLOAT = 10;
    static final byte ENUM = 11;
    static final byte CLASS = 12;
    static final byte STATIC = 13;
    static final byte BIG_INTEGER = 14;
    static final byte BIG_DECIMAL = 15;
    static final byte ARRAY = 16;
    static final byte RECORD = 17;
    static final byte OBJECT = 18;
    static final byte BITSET = 19;
    static final byte LIST_OF = 20;
    static final byte SET_OF = 21;
    static final byte MAP_OF = 22;
    static final byte UNMODIFIABLE_LIST = 23;
    static final byte UNMODIFIABLE_SET = 24;
    static final byte UNMODIFIABLE_MAP = 25;
    static final byte ARRAY_LIST = 26;
    static final byte ARRAY_DEQUE = 27;
    static final byte HASH_SET = 28;
    static final byte LINKED_HASH_SET = 29;
    static final byte TREE_SET = 30;
    static final byte PRIORITY_QUEUE = 31;
    static final byte HASH_MAP = 32;
    static final byte LINKED_HASH_MAP = 33;
    static final byte TREE_MAP = 34;
    /** Last tag of a payload: anything after it, or a payload without it, is a broken file. */
    static final byte END = 99;

    private Tags() {
    }
}
