import { Test, TestingModule } from '@nestjs/testing';
import { getRepositoryToken } from '@nestjs/typeorm';
import { ConflictException } from '@nestjs/common';
import { Repository } from 'typeorm';
import { SlugService } from './slug.service';
import { Article } from './article.entity';

type MockRepo<T = any> = Partial<Record<keyof Repository<T>, jest.Mock>>;

const createMockRepository = <T = any>(): MockRepo<T> => ({
  findOne: jest.fn(),
  count: jest.fn(),
  exist: jest.fn(),
});

describe('SlugService', () => {
  let service: SlugService;
  let repo: MockRepo<Article>;

  beforeEach(async () => {
    const module: TestingModule = await Test.createTestingModule({
      providers: [
        SlugService,
        { provide: getRepositoryToken(Article), useValue: createMockRepository() },
      ],
    }).compile();

    service = module.get(SlugService);
    repo = module.get(getRepositoryToken(Article));
  });

  describe('toSlug', () => {
    it.each([
      ['Hello World', 'hello-world'],
      ['  Spaces   everywhere ', 'spaces-everywhere'],
      ['Ünïcödé Chäracters', 'unicode-characters'],
      ['C++ & Rust: a comparison', 'c-rust-a-comparison'],
      ['---dashes---', 'dashes'],
    ])('converts %p to %p', (input, expected) => {
      expect(service.toSlug(input)).toBe(expected);
    });

    it('truncates long titles at a word boundary', () => {
      const slug = service.toSlug('word '.repeat(40));
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug.endsWith('-')).toBe(false);
    });
  });

  describe('uniqueSlug', () => {
    it('returns the base slug when it is free', async () => {
      repo.exist!.mockResolvedValue(false);
      await expect(service.uniqueSlug('My Post')).resolves.toBe('my-post');
      expect(repo.exist).toHaveBeenCalledWith({ where: { slug: 'my-post' } });
    });

    it('appends a counter when the slug is taken', async () => {
      repo.exist!
        .mockResolvedValueOnce(true) // my-post
        .mockResolvedValueOnce(true) // my-post-2
        .mockResolvedValueOnce(false); // my-post-3
      await expect(service.uniqueSlug('My Post')).resolves.toBe('my-post-3');
      expect(repo.exist).toHaveBeenCalledTimes(3);
    });

    it('gives up after too many attempts', async () => {
      repo.exist!.mockResolvedValue(true);
      await expect(service.uniqueSlug('Popular')).rejects.toBeInstanceOf(ConflictException);
    });

    it('ignores the article being updated', async () => {
      repo.exist!.mockResolvedValue(false);
      await service.uniqueSlug('My Post', 42);
      expect(repo.exist).toHaveBeenCalledWith({
        where: { slug: 'my-post', id: expect.anything() },
      });
    });

    it('rejects titles that produce an empty slug', async () => {
      await expect(service.uniqueSlug('!!!')).rejects.toThrow('empty slug');
      expect(repo.exist).not.toHaveBeenCalled();
    });
  });
});
