package tokenizer

import "unicode/utf8"

// Decode returns the text that ids stand for: the tokens' bytes joined, with
// each invalid UTF-8 sequence replaced by U+FFFD (as Hugging Face's ByteLevel
// decoder does). An id outside the vocabulary reads as U+FFFD. Cost: one
// pass over the output bytes.
func (t *Tokenizer) Decode(ids []int) string {
	return t.decode(ids, false)
}

// DecodeSkipSpecial is Decode without the control tokens (<|im_start|>,
// <|im_end|>, <|endoftext|>, the <|fim_*|> family, unused padding tokens). User-defined
// added tokens such as <tool_call> are text and are kept, as Hugging Face's
// skip_special_tokens keeps them.
func (t *Tokenizer) DecodeSkipSpecial(ids []int) string {
	return t.decode(ids, true)
}

func (t *Tokenizer) decode(ids []int, skip bool) string {
	raw := make([]byte, 0, 4*len(ids))
	for _, id := range ids {
		raw = t.appendTokenBytes(raw, id, skip)
	}
	out, _ := appendLossy(make([]byte, 0, len(raw)), raw, true)
	return string(out)
}

// appendTokenBytes appends the bytes of token id (U+FFFD for an id outside
// the vocabulary; nothing for a skipped control token).
func (t *Tokenizer) appendTokenBytes(dst []byte, id int, skip bool) []byte {
	if id < 0 || id >= len(t.types) {
		return utf8.AppendRune(dst, utf8.RuneError)
	}
	if skip && t.skippable(id) {
		return dst
	}
	return append(dst, t.TokenBytes(id)...)
}

// skippable reports whether DecodeSkipSpecial drops token id.
func (t *Tokenizer) skippable(id int) bool {
	switch t.types[id] {
	case TypeControl, TypeUnknown, TypeUnused:
		return true
	}
	return false
}

// StreamDecoder turns a stream of token ids into text piece by piece, as a
// model generates them. It only ever emits complete UTF-8: a character whose
// bytes are split across tokens is held back until the token that completes
// it arrives. The concatenation of everything Add and Flush return equals
// Decode (or DecodeSkipSpecial) of all the ids. A StreamDecoder is not safe
// for concurrent use; make one per stream (they are cheap).
type StreamDecoder struct {
	t *Tokenizer
	// SkipSpecial drops control tokens, as DecodeSkipSpecial does.
	SkipSpecial bool
	pending     []byte
	out         []byte
}

// NewStreamDecoder returns a StreamDecoder that keeps control tokens; set
// its SkipSpecial field to drop them.
func (t *Tokenizer) NewStreamDecoder() *StreamDecoder {
	return &StreamDecoder{t: t}
}

// Add takes the next id and returns the text it completes, possibly "".
// Bytes that can no longer become valid UTF-8 come out as U+FFFD at once.
func (d *StreamDecoder) Add(id int) string {
	d.pending = d.t.appendTokenBytes(d.pending, id, d.SkipSpecial)
	var n int
	d.out, n = appendLossy(d.out[:0], d.pending, false)
	d.pending = append(d.pending[:0], d.pending[n:]...)
	return string(d.out)
}

// Flush returns the held-back bytes of an unfinished character as U+FFFD
// (or "" when nothing is held back) and resets the decoder for a new stream.
func (d *StreamDecoder) Flush() string {
	var s string
	if len(d.pending) > 0 {
		d.out, _ = appendLossy(d.out[:0], d.pending, true)
		s = string(d.out)
	}
	d.pending = d.pending[:0]
	return s
}

// Pending reports how many bytes are held back waiting for the rest of a
// character.
func (d *StreamDecoder) Pending() int { return len(d.pending) }
