package java.util;

class IllegalFormatArgumentIndexException extends IllegalFormatException {
    private final int i;

    IllegalFormatArgumentIndexException(int index) {
        i = index;
    }

    public String getMessage() {
        return "Illegal format argument index = " + i;
    }
}
