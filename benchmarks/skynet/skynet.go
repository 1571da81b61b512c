// Skynet: a 10-ary tree of goroutines, 1,111,111 of them for 1,000,000
// leaves. Each leaf sends its number; each parent sums its 10 children's
// answers and sends the sum up. Timed inside the program with the monotonic
// clock:
//
//	skynet(1000000) = 499999500000 in 123456789 ns
//
// The number of leaves is the optional first argument, a power of 10
// (default 1000000): `skynet 100000` runs the 111,111-goroutine tree.
// Each parent's channel holds its 10 answers (as Seq's unbounded channels
// do here), so a child's send never waits for the parent.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func skynet(out chan<- int64, num, size int64) {
	if size == 1 {
		out <- num
		return
	}
	step := size / 10
	c := make(chan int64, 10)
	for i := int64(0); i < 10; i++ {
		go skynet(c, num+i*step, step)
	}
	var sum int64
	for i := 0; i < 10; i++ {
		sum += <-c
	}
	out <- sum
}

// leaves returns the first argument, or 1000000; it must be a power of 10.
func leaves() int64 {
	size := int64(1000000)
	if len(os.Args) > 1 {
		n, err := strconv.ParseInt(os.Args[1], 10, 64)
		if err != nil {
			n = 0
		}
		size = n
	}
	for n := size; n != 1; n /= 10 {
		if n < 1 || n%10 != 0 {
			fmt.Println("usage: skynet [LEAVES]  (LEAVES a power of 10: 1, 10, 100, ...)")
			os.Exit(2)
		}
	}
	return size
}

func main() {
	size := leaves()
	start := time.Now()
	out := make(chan int64, 1)
	go skynet(out, 0, size)
	sum := <-out
	elapsed := time.Since(start)
	fmt.Printf("skynet(%d) = %d in %d ns\n", size, sum, elapsed.Nanoseconds())
}
