// The classifier's 1,024-character stack buffers are always written before they are read; zeroing them on every
// call would cost more than the rest of a classification.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
