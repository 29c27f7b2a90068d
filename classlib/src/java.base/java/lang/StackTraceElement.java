package java.lang;

public final class StackTraceElement {
    private final String moduleName;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, declaringClass, methodName, fileName, lineNumber);
    }

    StackTraceElement(String moduleName, String declaringClass, String methodName, String fileName, int lineNumber) {
        this.moduleName = moduleName;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getClassName() {
        return declaringClass;
    }

    public String getMethodName() {
        return methodName;
    }

    public String getFileName() {
        return fileName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getModuleName() {
        return moduleName;
    }

    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    public String toString() {
        String where;
        if (lineNumber == -2) where = "Native Method";
        else if (fileName == null) where = "Unknown Source";
        else if (lineNumber >= 0) where = fileName + ":" + lineNumber;
        else where = fileName;
        return (moduleName != null ? moduleName + "/" : "") + declaringClass + "." + methodName + "(" + where + ")";
    }
}
