package java.text;

/** The symbols DecimalFormat uses; Mote has only the values of the default ("en") locale. */
public class DecimalFormatSymbols implements Cloneable, java.io.Serializable {
    private char zeroDigit = '0';
    private char groupingSeparator = ',';
    private char decimalSeparator = '.';
    private char monetaryDecimalSeparator = '.';
    private char monetaryGroupingSeparator = ',';
    private char perMill = '\u2030';
    private char percent = '%';
    private char digit = '#';
    private char patternSeparator = ';';
    private char minusSign = '-';
    private String infinity = "\u221e";
    private String naN = "NaN";
    private String exponentSeparator = "E";
    private String currencySymbol = "\u00a4";
    private String intlCurrencySymbol = "XXX";

    public DecimalFormatSymbols() {}

    public static DecimalFormatSymbols getInstance() {
        return new DecimalFormatSymbols();
    }

    public char getZeroDigit() { return zeroDigit; }
    public void setZeroDigit(char c) { zeroDigit = c; }
    public char getGroupingSeparator() { return groupingSeparator; }
    public void setGroupingSeparator(char c) { groupingSeparator = c; }
    public char getDecimalSeparator() { return decimalSeparator; }
    public void setDecimalSeparator(char c) { decimalSeparator = c; }
    public char getMonetaryDecimalSeparator() { return monetaryDecimalSeparator; }
    public void setMonetaryDecimalSeparator(char c) { monetaryDecimalSeparator = c; }
    public char getMonetaryGroupingSeparator() { return monetaryGroupingSeparator; }
    public void setMonetaryGroupingSeparator(char c) { monetaryGroupingSeparator = c; }
    public char getPerMill() { return perMill; }
    public void setPerMill(char c) { perMill = c; }
    public char getPercent() { return percent; }
    public void setPercent(char c) { percent = c; }
    public char getDigit() { return digit; }
    public void setDigit(char c) { digit = c; }
    public char getPatternSeparator() { return patternSeparator; }
    public void setPatternSeparator(char c) { patternSeparator = c; }
    public char getMinusSign() { return minusSign; }
    public void setMinusSign(char c) { minusSign = c; }
    public String getInfinity() { return infinity; }
    public void setInfinity(String s) { infinity = s; }
    public String getNaN() { return naN; }
    public void setNaN(String s) { naN = s; }
    public String getExponentSeparator() { return exponentSeparator; }
    public void setExponentSeparator(String s) {
        if (s == null) throw new NullPointerException();
        exponentSeparator = s;
    }
    public String getCurrencySymbol() { return currencySymbol; }
    public void setCurrencySymbol(String s) { currencySymbol = s; }
    public String getInternationalCurrencySymbol() { return intlCurrencySymbol; }
    public void setInternationalCurrencySymbol(String s) { intlCurrencySymbol = s; }

    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    public boolean equals(Object obj) {
        if (!(obj instanceof DecimalFormatSymbols)) return false;
        DecimalFormatSymbols o = (DecimalFormatSymbols) obj;
        return zeroDigit == o.zeroDigit && groupingSeparator == o.groupingSeparator && decimalSeparator == o.decimalSeparator
                && monetaryDecimalSeparator == o.monetaryDecimalSeparator && monetaryGroupingSeparator == o.monetaryGroupingSeparator
                && perMill == o.perMill && percent == o.percent && digit == o.digit && patternSeparator == o.patternSeparator
                && minusSign == o.minusSign && infinity.equals(o.infinity) && naN.equals(o.naN)
                && exponentSeparator.equals(o.exponentSeparator) && currencySymbol.equals(o.currencySymbol)
                && intlCurrencySymbol.equals(o.intlCurrencySymbol);
    }

    public int hashCode() {
        int result = zeroDigit;
        result = result * 37 + groupingSeparator;
        result = result * 37 + decimalSeparator;
        return result;
    }
}
