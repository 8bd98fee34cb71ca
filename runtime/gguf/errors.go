package gguf

import (
	"errors"
	"fmt"
	"strings"
)

// Classes of malformed file. Every error the reader returns for a bad file is
// a *FormatError that wraps one of these, so callers can test the class with
// errors.Is and read the details from the message.
var (
	ErrMagic      = errors.New("not a GGUF file")
	ErrVersion    = errors.New("unsupported GGUF version")
	ErrTruncated  = errors.New("file truncated")
	ErrTooLarge   = errors.New("count or length larger than the file")
	ErrValueType  = errors.New("unknown metadata value type")
	ErrDuplicate  = errors.New("duplicate name")
	ErrTensorType = errors.New("unknown tensor type")
	ErrShape      = errors.New("bad tensor shape")
	ErrAlignment  = errors.New("bad alignment")
	ErrRange      = errors.New("tensor data outside the file or overlapping")
	ErrMetadata   = errors.New("bad metadata value")
	ErrName       = errors.New("empty name")
	ErrMissingKey = errors.New("missing metadata key")
)

// FormatError describes one defect of a GGUF file: the file, the byte offset
// where it was found, the metadata key or tensor involved, and what was
// expected. Its message reads like
//
//	gguf: model.gguf: offset 1234: tensor "blk.0.attn_q.weight": type Q4_K needs row length multiple of 256, got 100
type FormatError struct {
	File   string // the path as given to Open, or the name given to Parse
	Offset int64  // byte offset in the file; -1 when not tied to one place
	Key    string // metadata key, if any
	Tensor string // tensor name, if any
	Msg    string // what was found and what was expected
	Err    error  // the class (ErrMagic, ErrTruncated, …)
}

// Error formats the defect as one line: file, offset, key or tensor, message.
func (e *FormatError) Error() string {
	var b strings.Builder
	b.WriteString("gguf: ")
	b.WriteString(e.File)
	if e.Offset >= 0 {
		fmt.Fprintf(&b, ": offset %d", e.Offset)
	}
	if e.Key != "" {
		fmt.Fprintf(&b, ": key %q", e.Key)
	}
	if e.Tensor != "" {
		fmt.Fprintf(&b, ": tensor %q", e.Tensor)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the error's class.
func (e *FormatError) Unwrap() error { return e.Err }
