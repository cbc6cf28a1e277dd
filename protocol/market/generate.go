package market

//go:generate protoc --go_out=. --go_opt=paths=source_relative market.proto
