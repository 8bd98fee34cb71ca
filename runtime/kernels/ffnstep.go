package kernels

import (
	"sync/atomic"

	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
)

// FFNStep computes one token's SwiGLU feed-forward block,
//
//	gate = Wg·x,  up = Wu·x                 (MatMulShared)
//	gate = SwiGLU(gate, up)                 (in place, as MatMulSwiGLU leaves it)
//	dst  = Wd·gate                          (MatMulSwiGLU's product)
//
// with the same results, to the bit, as MatMulShared(x, 1, {gate, Wg},
// {up, Wu}) followed by MatMulSwiGLU(dst, Wd, gate, up, 1); gate and up
// (Wg.Rows values each) are left as those calls leave them. When the gate
// and up products share one operation and the down projection takes
// quantized activations, it is one operation in two phases instead of two
// operations with the down projection's activation formed between them on
// the calling thread alone: each thread takes ranges of the hidden rows,
// computes their gate and up values, applies SwiGLU to them and quantizes
// them for the down projection while they are still in its cache (the
// activation's blocks are independent, so the split does not change them),
// and after one wait the threads split the down projection's rows. On the
// 0.5B shape the activation took the caller about 8 µs per layer, the other
// thread waiting, mostly for the gate and up values the other core had
// written. The threads split the hidden rows at the products' alignment, not
// at the activation's blocks (Q8_K's 256 values would split the 0.5B
// model's 19 blocks 10 to 9): a block whose rows two threads share is
// quantized by the one that finishes its part last (an atomic count of its
// finished rows per block). Otherwise (a nil pool, Exact products, float
// down weights) it makes the calls above. It allocates nothing on a Pool
// once its buffers have grown.
func (p *Pool) FFNStep(dst, x, gate, up []float32, wg, wu, wd Matrix) {
	outs := [2]Out{{Dst: gate, W: wg}, {Dst: up, W: wu}}
	fuse, quantized, align := p.fusesFFN(dst, x, outs[:], wd)
	if !fuse {
		p.MatMulShared(x, 1, outs[:]...)
		p.MatMulSwiGLU(dst, wd, gate, up, 1)
		return
	}
	o := p.begin()
	o.x, o.n, o.nProds = x, 1, len(outs)
	for i, out := range outs {
		o.prods[i] = prod{dst: out.Dst, w: out.W, rb: out.W.RowBytes()}
	}
	if quantized {
		p.quantizeRows(o, wg.Type, x, 1, wg.Cols)
	}
	// The down projection's activation, formed by the first phase.
	at, _ := quant.VecDotType(wd.Type)
	rb, _ := at.RowSize(wd.Cols) // wd.Check validated its columns
	if cap(p.act2) < rb {
		p.act2 = make([]byte, rb)
	}
	o.stepQuantized, o.downType, o.actSrc, o.actUp, o.downAct = quantized, at, gate, up, p.act2[:rb]
	hidden := wg.Rows
	nb := hidden / at.BlockSize()
	if cap(p.blocks) < nb {
		p.blocks = make([]atomic.Int32, nb)
	}
	o.blocks = p.blocks[:nb]
	for i := range o.blocks {
		o.blocks[i].Store(0)
	}
	p.phase(o, ffnGateUpTask, hidden, 2*hidden*wg.Cols, align, shares)
	o.w, o.rb, o.dst, o.act = wd, wd.RowBytes(), dst, p.act2[:rb]
	p.run(o, matVecQuantTask, wd.Rows, wd.Rows*wd.Cols, alignOf(wd), shares)
}

// fusesFFN reports whether FFNStep runs as one operation, and then whether
// the gate and up products are quantized and the multiple of hidden rows
// its first phase splits at (the products'); it checks the lengths first,
// panicking as the separate calls would.
func (p *Pool) fusesFFN(dst, x []float32, outs []Out, wd Matrix) (fuse, quantized bool, align int) {
	wg, wu := outs[0].W, outs[1].W
	if wu.Rows != wg.Rows || wd.Cols != wg.Rows {
		panic("kernels: FFN step's gate, up and down projections disagree")
	}
	_, _, _, _ = dst[wd.Rows-1], x[wg.Cols-1], outs[0].Dst[wg.Rows-1], outs[1].Dst[wu.Rows-1]
	if p == nil || floatDirect(wd.Type) || !p.quantizedFor(wd.Type) {
		return false, false, 0
	}
	same, quantized, _, align := p.sharedKind(x, 1, outs)
	at, _ := quant.VecDotType(wd.Type)
	return same && wg.Rows%align == 0 && wg.Rows%at.BlockSize() == 0, quantized, align
}

// ffnGateUpTask runs hidden rows [lo, hi) of FFNStep's first phase: their
// gate and up values, SwiGLU over them, and the blocks of the down
// projection's activation (o.downAct) that lie within them, or that they
// finish: a block that [lo, hi) covers in part counts its rows in
// o.blocks, and the range whose count completes the block quantizes it
// (the count's atomic order makes the other ranges' values visible).
func ffnGateUpTask(o *opArgs, lo, hi, thread int) {
	hidden := o.prods[0].w.Rows
	sharedTask(o, lo, hi, o.stepQuantized, thread)
	sharedTask(o, hidden+lo, hidden+hi, o.stepQuantized, thread)
	SwiGLU(o.actSrc[lo:hi], o.actSrc[lo:hi], o.actUp[lo:hi])
	bs := o.downType.BlockSize()
	b0, b1 := lo/bs, (hi+bs-1)/bs // the blocks [lo, hi) touches
	if lo%bs != 0 && !o.finishes(b0, bs-lo%bs, hi-lo) {
		b0++
	}
	if b1 > b0 && hi%bs != 0 && (b1-1)*bs >= lo && !o.finishes(b1-1, hi%bs, hi-lo) {
		b1--
	}
	if b1 > b0 {
		ts := o.downType.TypeSize()
		if err := vecdot.QuantizeActivations(o.downType, o.actSrc[b0*bs:b1*bs], o.downAct[b0*ts:b1*ts]); err != nil {
			panic("kernels: " + err.Error())
		}
	}
}

// finishes adds the rows a range covers of block b (rows, at most span: the
// range's own length when it lies within the block) to the block's count
// and reports whether that completes the block.
func (o *opArgs) finishes(b, rows, span int) bool {
	bs := int32(o.downType.BlockSize())
	return o.blocks[b].Add(int32(min(rows, span))) == bs
}
