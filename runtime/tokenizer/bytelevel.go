package tokenizer

import (
	"strings"
	"unicode/utf8"
)

// byteLevel is GPT-2's reversible byte-to-unicode map: every byte becomes one
// printable code point, so that a vocabulary of strings can hold arbitrary
// bytes. Printable Latin-1 bytes map to themselves; the other 68 bytes (control
// characters, space, DEL, NBSP, soft hyphen, ...) map to U+0100 upwards in
// byte order. It is a read-only table built once.
type byteLevel struct {
	toRune [256]rune
	// toByte is indexed by code point below 0x200; -1 means "not a byte-level
	// character".
	toByte [0x200]int16
}

var bl = newByteLevel()

func newByteLevel() *byteLevel {
	b := &byteLevel{}
	for i := range b.toByte {
		b.toByte[i] = -1
	}
	n := 0
	for c := 0; c < 256; c++ {
		printable := (c >= '!' && c <= '~') || (c >= 0xA1 && c <= 0xAC) || (c >= 0xAE && c <= 0xFF)
		if printable {
			b.toRune[c] = rune(c)
		} else {
			b.toRune[c] = rune(256 + n)
			n++
		}
		b.toByte[b.toRune[c]] = int16(c)
	}
	return b
}

// encodeString returns the byte-level form of raw bytes: one code point per
// byte.
func (b *byteLevel) encodeString(raw string) string {
	var sb strings.Builder
	sb.Grow(2 * len(raw))
	for i := 0; i < len(raw); i++ {
		sb.WriteRune(b.toRune[raw[i]])
	}
	return sb.String()
}

// decodeString returns the raw bytes a byte-level string stands for, and false
// when some code point is not a byte-level character (then the string is not
// a byte-level token and callers use its UTF-8 bytes as they are, as Hugging
// Face's ByteLevel decoder does).
func (b *byteLevel) decodeString(s string) ([]byte, bool) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 0 || int(r) >= len(b.toByte) || b.toByte[r] < 0 {
			return nil, false
		}
		out = append(out, byte(b.toByte[r]))
	}
	return out, true
}

// runeOfByte reports the byte-level code point of byte c, as a string.
func (b *byteLevel) runeString(c byte) string {
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], b.toRune[c])
	return string(buf[:n])
}
