package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
)

// Write writes tensors as one safetensors file: the header (with metadata as
// "__metadata__" when not empty, padded with spaces to a multiple of 8 bytes)
// then each tensor's Data in the order given. Each Data must hold exactly the
// bytes its Shape and Type need, little-endian.
func Write(w io.Writer, tensors []Tensor, metadata map[string]string) error {
	header := map[string]any{}
	if len(metadata) > 0 {
		header["__metadata__"] = metadata
	}
	var off uint64
	for _, t := range tensors {
		name, err := DTypeName(t.Type)
		if err != nil {
			return fmt.Errorf("safetensors: tensor %q: %w", t.Name, err)
		}
		if want := t.Elements() * t.Type.TypeSize(); len(t.Data) != want {
			return fmt.Errorf("safetensors: tensor %q: shape %v of %s needs %d bytes, has %d", t.Name, t.Shape, name, want, len(t.Data))
		}
		if _, dup := header[t.Name]; dup || t.Name == "" {
			return fmt.Errorf("safetensors: tensor name %q empty or repeated", t.Name)
		}
		shape := t.Shape
		if shape == nil {
			shape = []int{}
		}
		header[t.Name] = map[string]any{"dtype": name, "shape": shape, "data_offsets": []uint64{off, off + uint64(len(t.Data))}}
		off += uint64(len(t.Data))
	}
	h, err := json.Marshal(header)
	if err != nil {
		return fmt.Errorf("safetensors: %w", err)
	}
	h = append(h, bytes.Repeat([]byte{' '}, (8-len(h)%8)%8)...)
	if err := binary.Write(w, binary.LittleEndian, uint64(len(h))); err != nil {
		return err
	}
	if _, err := w.Write(h); err != nil {
		return err
	}
	for _, t := range tensors {
		if _, err := w.Write(t.Data); err != nil {
			return err
		}
	}
	return nil
}
