package kernels

import (
	"fmt"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// KVCache holds one layer's keys and values for one sequence, laid out for
// attention: for each KV head, the keys transposed (HeadDim rows of Cap
// positions) and the values position after position (a matrix of positions
// × HeadDim), so that both the scores of a group of query heads (their
// queries times the keys' columns) and their weighted sums of values (their
// softmax weights times the values' columns) are vector × matrix products
// that read whole SIMD vectors of consecutive positions or dimensions
// (vecdot.ColsFloat). Values are float32, or IEEE half precision when the
// cache was made with F16 (half the memory and bandwidth; see NewKVCache).
//
// A KVCache is not safe for concurrent writes; Attention only reads it.
type KVCache struct {
	heads, headDim int
	cap            int // positions allocated
	f16            bool
	k, v           []float32 // heads × headDim × cap; heads × cap × headDim
	k16, v16       []uint16
}

// NewKVCache returns an empty cache for heads KV heads of headDim values,
// with room for capacity positions (Grow adds more). typ is quant.F32 or
// quant.F16; F16 rounds every stored key and value to half precision (to
// nearest even), which changes the test models' logits by at most 0.0052
// with exact products and 0.24 with quantized ones, as much as llama.cpp's
// F16 cache does (see TestF16KVCache in runtime/qwen2).
func NewKVCache(heads, headDim, capacity int, typ quant.Type) (*KVCache, error) {
	if heads <= 0 || headDim <= 0 || capacity < 0 {
		return nil, fmt.Errorf("kernels: KV cache of %d heads × %d values × %d positions", heads, headDim, capacity)
	}
	if typ != quant.F32 && typ != quant.F16 {
		return nil, fmt.Errorf("kernels: KV cache type %s: want F32 or F16", typ)
	}
	c := &KVCache{heads: heads, headDim: headDim, f16: typ == quant.F16}
	c.Grow(capacity, 0)
	return c, nil
}

// Type returns quant.F32 or quant.F16, the type values are stored in.
func (c *KVCache) Type() quant.Type {
	if c.f16 {
		return quant.F16
	}
	return quant.F32
}

// Cap returns how many positions the cache has room for.
func (c *KVCache) Cap() int { return c.cap }

// Bytes returns the memory the cache's storage occupies.
func (c *KVCache) Bytes() int {
	if c.f16 {
		return 2 * (len(c.k16) + len(c.v16))
	}
	return 4 * (len(c.k) + len(c.v))
}

// Grow makes room for at least capacity positions, keeping the first keep
// (the ones in use). It copies keep positions of every head; callers grow by
// doubling so that appending costs O(1) per position in all.
func (c *KVCache) Grow(capacity, keep int) {
	if capacity <= c.cap {
		return
	}
	h, d, old := c.heads, c.headDim, c.cap
	keep = min(keep, old)
	if c.f16 {
		k, v := make([]uint16, h*d*capacity), make([]uint16, h*capacity*d)
		for g := 0; g < h; g++ {
			copy(v[g*capacity*d:], c.v16[g*old*d:(g*old+keep)*d])
			for i := 0; i < d; i++ {
				copy(k[(g*d+i)*capacity:], c.k16[(g*d+i)*old:(g*d+i)*old+keep])
			}
		}
		c.k16, c.v16 = k, v
	} else {
		k, v := make([]float32, h*d*capacity), make([]float32, h*capacity*d)
		for g := 0; g < h; g++ {
			copy(v[g*capacity*d:], c.v[g*old*d:(g*old+keep)*d])
			for i := 0; i < d; i++ {
				copy(k[(g*d+i)*capacity:], c.k[(g*d+i)*old:(g*d+i)*old+keep])
			}
		}
		c.k, c.v = k, v
	}
	c.cap = capacity
}

// Store writes the keys and values of n tokens at positions pos … pos+n−1:
// k and v hold n rows of heads·headDim values (head after head), as the K
// and V projections produce them. The positions must fit in Cap. It
// allocates nothing.
func (c *KVCache) Store(pos int, k, v []float32, n int) {
	h, d, cp := c.heads, c.headDim, c.cap
	kv := h * d
	_ = k[n*kv-1]
	_ = v[n*kv-1]
	if pos+n > cp {
		panic(fmt.Sprintf("kernels: KV store at %d+%d beyond capacity %d", pos, n, cp))
	}
	for g := 0; g < h; g++ {
		c.storeHead(g, pos, k[g*d:], v[g*d:], kv, n)
	}
}

// storeHead is Store for KV head g alone: k and v hold the head's values of
// token t at t·stride … t·stride+headDim−1.
func (c *KVCache) storeHead(g, pos int, k, v []float32, stride, n int) {
	d, cp := c.headDim, c.cap
	// Values: one row per position.
	for t := 0; t < n; t++ {
		vt := v[t*stride : t*stride+d]
		o := (g*cp + pos + t) * d
		if c.f16 {
			for i, x := range vt {
				c.v16[o+i] = quant.Float32ToFP16(x)
			}
		} else {
			copy(c.v[o:o+d], vt)
		}
	}
	// Keys, transposed: dimension i of the n tokens lands in n
	// consecutive places of row i.
	for i := 0; i < d; i++ {
		o := (g*d+i)*cp + pos
		if c.f16 {
			row := c.k16[o : o+n]
			for t := range row {
				row[t] = quant.Float32ToFP16(k[t*stride+i])
			}
		} else {
			row := c.k[o : o+n]
			for t := range row {
				row[t] = k[t*stride+i]
			}
		}
	}
}

// elemSize returns the bytes of one stored value: 2 (F16) or 4 (F32).
func (c *KVCache) elemSize() int {
	if c.f16 {
		return 2
	}
	return 4
}

// keyBytes returns head g's keys from position p0 on, as stored: row i
// (dimension i) starts i·Cap values in, and the last row runs to the end of
// the head's keys.
func (c *KVCache) keyBytes(g, p0 int) []byte {
	d := c.headDim
	lo, hi := g*d*c.cap+p0, (g+1)*d*c.cap
	if c.f16 {
		return u16AsBytes(c.k16[lo:hi])
	}
	return f32AsBytes(c.k[lo:hi])
}

// valueBytes returns head g's values of positions [p0, p0+n) (n rows of
// headDim values), as stored.
func (c *KVCache) valueBytes(g, p0, n int) []byte {
	d := c.headDim
	lo, hi := (g*c.cap+p0)*d, (g*c.cap+p0+n)*d
	if c.f16 {
		return u16AsBytes(c.v16[lo:hi])
	}
	return f32AsBytes(c.v[lo:hi])
}

// prefetchKeys prefetches KV head g's keys of positions [p0, p1) (clipped to
// the capacity): a run of bytes in each dimension's row.
func (c *KVCache) prefetchKeys(g, p0, p1 int) {
	p1 = min(p1, c.cap)
	if p0 >= p1 {
		return
	}
	es := c.elemSize()
	vecdot.PrefetchRows(c.keyBytes(g, p0), c.headDim, c.cap*es, (p1-p0)*es)
}

// prefetchValues prefetches KV head g's values of positions [p0, p1)
// (clipped to the capacity), one run of bytes.
func (c *KVCache) prefetchValues(g, p0, p1 int) {
	p1 = min(p1, c.cap)
	if p0 >= p1 {
		return
	}
	b := c.valueBytes(g, p0, p1-p0)
	vecdot.PrefetchRows(b, 1, 0, len(b))
}
