//go:build !purego

#include "textflag.h"

// The AVX2 element-wise kernels of vector.go (see vector_amd64.go). n is a
// positive multiple of 16 (sumSquaresAVX2) or 8 (the others).

// func sumSquaresAVX2(x *float32, n int) float64
TEXT ·sumSquaresAVX2(SB), NOSPLIT, $0-24
	MOVQ        x+0(FP), SI
	MOVQ        n+8(FP), CX
	VXORPD      Y0, Y0, Y0 // lanes 0-3
	VXORPD      Y1, Y1, Y1 // lanes 4-7
	VXORPD      Y2, Y2, Y2 // lanes 8-11
	VXORPD      Y3, Y3, Y3 // lanes 12-15

sq:
	VCVTPS2PD   0(SI), Y4
	VCVTPS2PD   16(SI), Y5
	VCVTPS2PD   32(SI), Y6
	VCVTPS2PD   48(SI), Y7
	VFMADD231PD Y4, Y4, Y0 // the square is exact: one rounding, as l += v·v
	VFMADD231PD Y5, Y5, Y1
	VFMADD231PD Y6, Y6, Y2
	VFMADD231PD Y7, Y7, Y3
	ADDQ        $64, SI
	SUBQ        $16, CX
	JNZ         sq
	VADDPD      Y1, Y0, Y0 // l[j] + l[j+4]
	VADDPD      Y3, Y2, Y2 // l[j+8] + l[j+12]
	VADDPD      Y2, Y0, Y0 // c[j]
	VEXTRACTF128 $1, Y0, X1
	VADDPD      X1, X0, X0 // c[j] + c[j+2]
	VPERMILPD   $1, X0, X1
	VADDSD      X1, X0, X0
	VMOVSD      X0, ret+16(FP)
	VZEROUPPER
	RET

// func mulScaledAVX2(dst, x, w *float32, n int, s float32)
TEXT ·mulScaledAVX2(SB), NOSPLIT, $0-36
	MOVQ         dst+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         w+16(FP), DX
	MOVQ         n+24(FP), CX
	VBROADCASTSS s+32(FP), Y3

ms:
	VMULPS       (SI), Y3, Y0
	VMULPS       (DX), Y0, Y0
	VMOVUPS      Y0, (DI)
	ADDQ         $32, SI
	ADDQ         $32, DX
	ADDQ         $32, DI
	SUBQ         $8, CX
	JNZ          ms
	VZEROUPPER
	RET

// func addAVX2(dst, x *float32, n int)
TEXT ·addAVX2(SB), NOSPLIT, $0-24
	MOVQ    dst+0(FP), DI
	MOVQ    x+8(FP), SI
	MOVQ    n+16(FP), CX

ad:
	VMOVUPS (DI), Y0
	VADDPS  (SI), Y0, Y0
	VMOVUPS Y0, (DI)
	ADDQ    $32, SI
	ADDQ    $32, DI
	SUBQ    $8, CX
	JNZ     ad
	VZEROUPPER
	RET

// func addScaledAVX2(dst, x *float32, n int, s float32)
TEXT ·addScaledAVX2(SB), NOSPLIT, $0-28
	MOVQ         dst+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         n+16(FP), CX
	VBROADCASTSS s+24(FP), Y3

as:
	VMULPS       (SI), Y3, Y0 // s·x rounded, then the sum: not fused
	VADDPS       (DI), Y0, Y0
	VMOVUPS      Y0, (DI)
	ADDQ         $32, SI
	ADDQ         $32, DI
	SUBQ         $8, CX
	JNZ          as
	VZEROUPPER
	RET

// func scaleAVX2(dst, x *float32, n int, s float32)
TEXT ·scaleAVX2(SB), NOSPLIT, $0-28
	MOVQ         dst+0(FP), DI
	MOVQ         x+8(FP), SI
	MOVQ         n+16(FP), CX
	VBROADCASTSS s+24(FP), Y3

sc:
	VMULPS       (SI), Y3, Y0
	VMOVUPS      Y0, (DI)
	ADDQ         $32, SI
	ADDQ         $32, DI
	SUBQ         $8, CX
	JNZ          sc
	VZEROUPPER
	RET

// func rotateAVX2(a, b, cos, sin *float32, n int)
TEXT ·rotateAVX2(SB), NOSPLIT, $0-40
	MOVQ    a+0(FP), DI
	MOVQ    b+8(FP), SI
	MOVQ    cos+16(FP), DX
	MOVQ    sin+24(FP), R8
	MOVQ    n+32(FP), CX

ro:
	VMOVUPS (DI), Y0  // x0
	VMOVUPS (SI), Y1  // x1
	VMOVUPS (DX), Y2  // cos
	VMOVUPS (R8), Y3  // sin
	VMULPS  Y2, Y0, Y4 // x0·cos
	VMULPS  Y3, Y1, Y5 // x1·sin
	VSUBPS  Y5, Y4, Y4 // x0·cos − x1·sin
	VMULPS  Y3, Y0, Y6 // x0·sin
	VMULPS  Y2, Y1, Y7 // x1·cos
	VADDPS  Y7, Y6, Y6
	VMOVUPS Y4, (DI)
	VMOVUPS Y6, (SI)
	ADDQ    $32, DI
	ADDQ    $32, SI
	ADDQ    $32, DX
	ADDQ    $32, R8
	SUBQ    $8, CX
	JNZ     ro
	VZEROUPPER
	RET

// func maxNumberAVX2(x *float32, n int) float32
TEXT ·maxNumberAVX2(SB), NOSPLIT, $0-20
	MOVQ         x+0(FP), SI
	MOVQ         n+8(FP), CX
	MOVL         $0xff800000, AX // -Inf
	MOVQ         AX, X0
	VPBROADCASTD X0, Y0
	VMOVAPS      Y0, Y2
	VMOVAPS      Y0, Y3
	VMOVAPS      Y0, Y4
	CMPQ         CX, $32
	JB           mx8

mx32: // four independent maxima, so that their latencies overlap
	VMOVUPS      (SI), Y1
	VMAXPS       Y0, Y1, Y0 // max(x, acc): a NaN in x gives acc back
	VMOVUPS      32(SI), Y1
	VMAXPS       Y2, Y1, Y2
	VMOVUPS      64(SI), Y1
	VMAXPS       Y3, Y1, Y3
	VMOVUPS      96(SI), Y1
	VMAXPS       Y4, Y1, Y4
	ADDQ         $128, SI
	SUBQ         $32, CX
	CMPQ         CX, $32
	JAE          mx32
	VMAXPS       Y2, Y0, Y0
	VMAXPS       Y4, Y3, Y3
	VMAXPS       Y3, Y0, Y0
	TESTQ        CX, CX
	JZ           mxdone

mx8:
	VMOVUPS      (SI), Y1
	VMAXPS       Y0, Y1, Y0
	ADDQ         $32, SI
	SUBQ         $8, CX
	JNZ          mx8

mxdone:
	VEXTRACTF128 $1, Y0, X1
	VMAXPS       X1, X0, X0
	VPERMILPS    $0x4e, X0, X1
	VMAXPS       X1, X0, X0
	VPERMILPS    $0xb1, X0, X1
	VMAXPS       X1, X0, X0
	VMOVSS       X0, ret+16(FP)
	VZEROUPPER
	RET
