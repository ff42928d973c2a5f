package io.dtaolab.chain;

import java.util.Arrays;

/** Coldkeys (free TAO balances) and hotkeys (owned by a coldkey). Ids are dense ints in creation order. */
public final class Accounts {
    private long[] free = new long[64];
    private String[] coldkeyLabels = new String[64];
    private int coldkeys;
    private int[] hotkeyOwner = new int[64];
    private String[] hotkeyLabels = new String[64];
    private int hotkeys;

    /** Creates a coldkey with an opening balance; the caller accounts for where that TAO came from. */
    public int newColdkey(String label, long openingBalanceRao) {
        if (openingBalanceRao < 0) {
            throw new IllegalArgumentException("negative opening balance");
        }
        if (coldkeys == free.length) {
            free = Arrays.copyOf(free, coldkeys * 2);
            coldkeyLabels = Arrays.copyOf(coldkeyLabels, coldkeys * 2);
        }
        free[coldkeys] = openingBalanceRao;
        coldkeyLabels[coldkeys] = label;
        return coldkeys++;
    }

    public int newHotkey(String label, int ownerColdkey) {
        checkColdkey(ownerColdkey);
        if (hotkeys == hotkeyOwner.length) {
            hotkeyOwner = Arrays.copyOf(hotkeyOwner, hotkeys * 2);
            hotkeyLabels = Arrays.copyOf(hotkeyLabels, hotkeys * 2);
        }
        hotkeyOwner[hotkeys] = ownerColdkey;
        hotkeyLabels[hotkeys] = label;
        return hotkeys++;
    }

    /** Hands a hotkey to another coldkey (the chain's hotkey swap / ownership transfer). */
    void transferHotkey(int hotkey, int newOwner) {
        checkColdkey(newOwner);
        if (hotkey < 0 || hotkey >= hotkeys) {
            throw new IllegalArgumentException("unknown hotkey " + hotkey);
        }
        hotkeyOwner[hotkey] = newOwner;
    }

    public int coldkeyCount() {
        return coldkeys;
    }

    public int hotkeyCount() {
        return hotkeys;
    }

    public long free(int coldkey) {
        checkColdkey(coldkey);
        return free[coldkey];
    }

    public String coldkeyLabel(int coldkey) {
        return coldkeyLabels[coldkey];
    }

    public String hotkeyLabel(int hotkey) {
        return hotkeyLabels[hotkey];
    }

    public int owner(int hotkey) {
        if (hotkey < 0 || hotkey >= hotkeys) {
            throw new IllegalArgumentException("unknown hotkey " + hotkey);
        }
        return hotkeyOwner[hotkey];
    }

    public boolean isColdkey(int coldkey) {
        return coldkey >= 0 && coldkey < coldkeys;
    }

    public boolean isHotkey(int hotkey) {
        return hotkey >= 0 && hotkey < hotkeys;
    }

    void credit(int coldkey, long rao) {
        if (rao < 0) {
            throw new IllegalArgumentException("negative credit");
        }
        free[coldkey] = Math.addExact(free[coldkey], rao);
    }

    void debit(int coldkey, long rao) {
        if (rao < 0 || free[coldkey] < rao) {
            throw new ChainException(ChainError.NotEnoughBalance);
        }
        free[coldkey] -= rao;
    }

    long totalFree() {
        long sum = 0;
        for (int i = 0; i < coldkeys; i++) {
            sum += free[i];
        }
        return sum;
    }

    private void checkColdkey(int coldkey) {
        if (coldkey < 0 || coldkey >= coldkeys) {
            throw new IllegalArgumentException("unknown coldkey " + coldkey);
        }
    }
}
