package tokenizer

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// The compact vocabulary format, used for the embedded copy of Qwen2.5's
// vocabulary (Qwen25) and written by writeCompact:
//
//	"QKTOK1\n"
//	uvarint n; n × (type byte, uvarint len, bytes)   tokens by id
//	uvarint m; m × (uvarint a, uvarint b)            merges by rank, as ids
//	3 × varint                                       BOS, EOS, padding (-1: none)
//
// A normal token is stored as its raw bytes (type | 0x80 marks one stored in
// its GGUF form instead, for a token that is not byte-level text). It holds
// what Spec holds, minus 40% of tokenizer.json's bytes, and loads without
// JSON parsing.
const compactMagic = "QKTOK1\n"

// writeCompact writes t's vocabulary in the compact format, with the given
// BOS, EOS and padding ids.
func writeCompact(w io.Writer, t *Tokenizer, bos, eos, pad int) error {
	bw := bufio.NewWriter(w)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	sv := func(x int64) { bw.Write(buf[:binary.PutVarint(buf[:], x)]) }
	bw.WriteString(compactMagic)
	uv(uint64(len(t.types)))
	for id := range t.types {
		tok := t.Token(id)
		typ := byte(t.types[id])
		data := []byte(tok)
		if typ == byte(TypeNormal) || typ == byte(TypeUndefined) || typ == byte(TypeByte) {
			if raw, ok := bl.decodeString(tok); ok {
				data = raw
			} else {
				typ |= 0x80
			}
		}
		bw.WriteByte(typ)
		uv(uint64(len(data)))
		bw.Write(data)
	}
	uv(uint64(len(t.rules)))
	for _, r := range t.rules {
		uv(uint64(r[0]))
		uv(uint64(r[1]))
	}
	sv(int64(bos))
	sv(int64(eos))
	sv(int64(pad))
	return bw.Flush()
}

// readCompact reads a vocabulary in the compact format and builds a
// Tokenizer; name is used in error messages.
func readCompact(r io.Reader, name string) (*Tokenizer, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	fail := func(what string, err error) (*Tokenizer, error) {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("tokenizer: %s: compact vocabulary: %s: %w", name, what, err)
	}
	magic := make([]byte, len(compactMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != compactMagic {
		return fail("header", errors.Join(err, errors.New("bad magic")))
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n == 0 || n > 1<<24 {
		return fail("token count", errors.Join(err, fmt.Errorf("%d tokens", n)))
	}
	spec := Spec{Tokens: make([]string, n), Types: make([]int32, n), Source: name}
	var data []byte
	for id := range spec.Tokens {
		typ, err := br.ReadByte()
		if err != nil {
			return fail(fmt.Sprintf("token %d", id), err)
		}
		l, err := binary.ReadUvarint(br)
		if err != nil || l > 1<<16 {
			return fail(fmt.Sprintf("token %d length", id), errors.Join(err, fmt.Errorf("length %d", l)))
		}
		data = append(data[:0], make([]byte, l)...)
		if _, err := io.ReadFull(br, data); err != nil {
			return fail(fmt.Sprintf("token %d", id), err)
		}
		t := int32(typ &^ 0x80)
		spec.Types[id] = t
		if typ&0x80 == 0 && (t == TypeNormal || t == TypeUndefined || t == TypeByte) {
			spec.Tokens[id] = bl.encodeString(string(data))
		} else {
			spec.Tokens[id] = string(data)
		}
	}
	m, err := binary.ReadUvarint(br)
	if err != nil || m > 1<<24 {
		return fail("merge count", errors.Join(err, fmt.Errorf("%d merges", m)))
	}
	spec.Merges = make([][2]string, m)
	for i := range spec.Merges {
		a, err1 := binary.ReadUvarint(br)
		b, err2 := binary.ReadUvarint(br)
		if err := errors.Join(err1, err2); err != nil || a >= n || b >= n {
			return fail(fmt.Sprintf("merge %d", i), errors.Join(err, fmt.Errorf("ids %d %d of %d", a, b, n)))
		}
		spec.Merges[i] = [2]string{spec.Tokens[a], spec.Tokens[b]}
	}
	for _, dst := range []*int{&spec.BOS, &spec.EOS, &spec.Pad} {
		v, err := binary.ReadVarint(br)
		if err != nil {
			return fail("special ids", err)
		}
		*dst = int(v)
	}
	return New(spec)
}
