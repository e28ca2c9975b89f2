#include <gtest/gtest.h>

#include <stdexcept>

#include "matrix.hpp"

using linalg::Matrix;

TEST(MatrixTest, ConstructsWithDimensionsAndZeroes) {
    Matrix m(2, 3);
    EXPECT_EQ(m.rows(), 2u);
    EXPECT_EQ(m.cols(), 3u);
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 3; ++c)
            EXPECT_DOUBLE_EQ(m(r, c), 0.0);
}

TEST(MatrixTest, InitializerListConstruction) {
    Matrix m{{1, 2}, {3, 4}};
    EXPECT_DOUBLE_EQ(m(0, 1), 2.0);
    EXPECT_DOUBLE_EQ(m(1, 0), 3.0);
}

TEST(MatrixTest, RaggedInitializerListThrows) {
    EXPECT_THROW((Matrix{{1, 2}, {3}}), std::invalid_argument);
}

TEST(MatrixTest, IdentityTimesMatrixIsUnchanged) {
    Matrix a{{1, 2, 3}, {4, 5, 6}};
    EXPECT_EQ(Matrix::identity(2) * a, a);
    EXPECT_EQ(a * Matrix::identity(3), a);
}

TEST(MatrixTest, Multiplication) {
    Matrix a{{1, 2}, {3, 4}};
    Matrix b{{5, 6}, {7, 8}};
    Matrix expected{{19, 22}, {43, 50}};
    EXPECT_EQ(a * b, expected);
}

TEST(MatrixTest, MultiplicationDimensionMismatchThrows) {
    Matrix a(2, 3), b(2, 3);
    EXPECT_THROW(a * b, std::invalid_argument);
}

TEST(MatrixTest, TransposeSwapsDimensions) {
    Matrix a{{1, 2, 3}, {4, 5, 6}};
    Matrix t = a.transpose();
    ASSERT_EQ(t.rows(), 3u);
    ASSERT_EQ(t.cols(), 2u);
    EXPECT_DOUBLE_EQ(t(2, 1), 6.0);
    EXPECT_EQ(t.transpose(), a);
}

TEST(MatrixTest, OutOfRangeAccessThrows) {
    Matrix m(2, 2);
    EXPECT_THROW(m.at(2, 0), std::out_of_range);
    EXPECT_THROW(m.at(0, 5), std::out_of_range);
}

class DeterminantTest : public ::testing::TestWithParam<std::pair<Matrix, double>> {};

TEST_P(DeterminantTest, ComputesDeterminant) {
    const auto& [m, expected] = GetParam();
    EXPECT_NEAR(m.determinant(), expected, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(
    KnownValues, DeterminantTest,
    ::testing::Values(
        std::make_pair(Matrix{{4}}, 4.0),
        std::make_pair(Matrix{{1, 2}, {3, 4}}, -2.0),
        std::make_pair(Matrix{{2, 0, 1}, {1, 3, 2}, {1, 1, 1}}, 1.0),
        std::make_pair(Matrix{{1, 2}, {2, 4}}, 0.0)));

TEST(MatrixTest, DeterminantOfNonSquareThrows) {
    EXPECT_THROW(Matrix(2, 3).determinant(), std::logic_error);
}

TEST(MatrixTest, InverseTimesOriginalIsIdentity) {
    Matrix a{{4, 7}, {2, 6}};
    Matrix product = a * a.inverse();
    for (std::size_t r = 0; r < 2; ++r)
        for (std::size_t c = 0; c < 2; ++c)
            EXPECT_NEAR(product(r, c), r == c ? 1.0 : 0.0, 1e-12);
}

TEST(MatrixTest, SingularMatrixHasNoInverse) {
    Matrix singular{{1, 2}, {2, 4}};
    EXPECT_THROW(singular.inverse(), std::domain_error);
}
