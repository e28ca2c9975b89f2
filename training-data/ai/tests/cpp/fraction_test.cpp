// Unit tests for the Fraction class using Google Test

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "fraction.h"

// Test fixture for Fraction tests
class FractionTest : public ::testing::Test {
protected:
    // Initialize some common fractions used in the tests
    Fraction half{1, 2};
    Fraction third{1, 3};
    Fraction negative_quarter{-1, 4};
};

// Test that fractions are reduced when they are created
TEST_F(FractionTest, ReducesOnConstruction) {
    Fraction f(6, 8);
    EXPECT_EQ(f.numerator(), 3);
    EXPECT_EQ(f.denominator(), 4);
}

// Test that the sign is always kept in the numerator
TEST_F(FractionTest, NormalizesSign) {
    Fraction f(3, -9);
    EXPECT_EQ(f.numerator(), -1);
    EXPECT_EQ(f.denominator(), 3);

    Fraction g(-2, -4);
    EXPECT_EQ(g.numerator(), 1);
    EXPECT_EQ(g.denominator(), 2);
}

// Test that a zero denominator throws an exception
TEST_F(FractionTest, ZeroDenominatorThrows) {
    EXPECT_THROW(Fraction(1, 0), std::invalid_argument);
}

// Test addition of two fractions
TEST_F(FractionTest, Addition) {
    Fraction result = half + third;
    EXPECT_EQ(result, Fraction(5, 6));
}

// Test subtraction of two fractions
TEST_F(FractionTest, Subtraction) {
    Fraction result = half - third;
    EXPECT_EQ(result, Fraction(1, 6));
    EXPECT_EQ(third - half, Fraction(-1, 6));
}

// Test multiplication of two fractions
TEST_F(FractionTest, Multiplication) {
    EXPECT_EQ(half * third, Fraction(1, 6));
    EXPECT_EQ(half * negative_quarter, Fraction(-1, 8));
}

// Test division of two fractions
TEST_F(FractionTest, Division) {
    EXPECT_EQ(half / third, Fraction(3, 2));
}

// Test that dividing by a zero fraction throws
TEST_F(FractionTest, DivisionByZeroThrows) {
    Fraction zero(0, 1);
    EXPECT_THROW(half / zero, std::domain_error);
}

// Test the comparison operators
TEST_F(FractionTest, Comparison) {
    EXPECT_TRUE(third < half);
    EXPECT_TRUE(negative_quarter < third);
    EXPECT_FALSE(half < half);
    EXPECT_TRUE(Fraction(2, 4) == half);
    EXPECT_TRUE(Fraction(2, 3) != half);
}

// Test conversion to double
TEST_F(FractionTest, ToDouble) {
    EXPECT_DOUBLE_EQ(half.to_double(), 0.5);
    EXPECT_NEAR(third.to_double(), 0.333333, 1e-6);
}

// Test the stream output operator
TEST_F(FractionTest, StreamOutput) {
    std::ostringstream out;
    out << negative_quarter << " " << Fraction(4, 2);
    EXPECT_EQ(out.str(), "-1/4 2");
}

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
