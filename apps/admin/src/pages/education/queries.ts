import { graphql } from '../../gql';

export const WorkRowFragment = graphql(`
  fragment WorkRow on Work {
    id
    kind
    title
    year
    topicArea
    submittedTo
    adopted
    version
    award {
      level
      grade
    }
    authors {
      id
      name
    }
  }
`);

export const WorksDocument = graphql(`
  query Works($filter: WorkFilter, $first: Int, $after: String, $last: Int, $before: String) {
    works(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...WorkRow
      }
    }
  }
`);

export const CreateWorkDocument = graphql(`
  mutation CreateWork($input: CreateWorkInput!) {
    createWork(input: $input) {
      work {
        ...WorkRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const UpdateWorkDocument = graphql(`
  mutation UpdateWork($input: UpdateWorkInput!) {
    updateWork(input: $input) {
      work {
        ...WorkRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const DeleteWorkDocument = graphql(`
  mutation DeleteWork($input: DeleteWorkInput!) {
    deleteWork(input: $input) {
      deletedWorkId
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const AuthorSearchDocument = graphql(`
  query AuthorSearch($search: String) {
    members(filter: { search: $search }, first: 20) {
      nodes {
        id
        name
        branch {
          id
          name
        }
      }
    }
  }
`);

export const LearningRankingDocument = graphql(`
  query LearningRanking(
    $year: Int!
    $month: Int
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    learningRanking(
      year: $year
      month: $month
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        points
        countyRank
        provinceRank
        months
        member {
          id
          name
          branch {
            id
            name
          }
        }
      }
    }
  }
`);

export const LectureRowFragment = graphql(`
  fragment LectureRow on Lecture {
    id
    topic
    lecturer
    minutes
    format
    description
    archived
    version
  }
`);

export const LecturesDocument = graphql(`
  query Lectures($includeArchived: Boolean!) {
    lectures(first: 100, includeArchived: $includeArchived) {
      totalCount
      nodes {
        ...LectureRow
      }
    }
  }
`);

export const CreateLectureDocument = graphql(`
  mutation CreateLecture($input: CreateLectureInput!) {
    createLecture(input: $input) {
      lecture {
        ...LectureRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const UpdateLectureDocument = graphql(`
  mutation UpdateLecture($input: UpdateLectureInput!) {
    updateLecture(input: $input) {
      lecture {
        ...LectureRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const LectureOrderRowFragment = graphql(`
  fragment LectureOrderRow on LectureOrder {
    id
    state
    version
    wishedFrom
    wishedTo
    note
    startsAt
    place
    lecturer
    cancelReason
    createdAt
    lecture {
      id
      topic
      minutes
      format
    }
    branch {
      id
      name
    }
    activity {
      id
      attendance {
        present
      }
    }
    rating {
      count
      average
    }
  }
`);

export const LectureOrdersDocument = graphql(`
  query LectureOrders(
    $filter: LectureOrderFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    lectureOrders(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...LectureOrderRow
      }
    }
  }
`);

export const OrderLectureDocument = graphql(`
  mutation OrderLecture($input: OrderLectureInput!) {
    orderLecture(input: $input) {
      order {
        ...LectureOrderRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const ScheduleLectureOrderDocument = graphql(`
  mutation ScheduleLectureOrder($input: ScheduleLectureOrderInput!) {
    scheduleLectureOrder(input: $input) {
      order {
        ...LectureOrderRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const HoldLectureOrderDocument = graphql(`
  mutation HoldLectureOrder($input: LectureOrderStepInput!) {
    holdLectureOrder(input: $input) {
      order {
        ...LectureOrderRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const CancelLectureOrderDocument = graphql(`
  mutation CancelLectureOrder($input: CancelLectureOrderInput!) {
    cancelLectureOrder(input: $input) {
      order {
        ...LectureOrderRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

/** The participants of a held lecture's activity, of whom those present may rate it. */
export const LectureRatersDocument = graphql(`
  query LectureRaters($id: ID!) {
    node(id: $id) {
      __typename
      ... on Activity {
        id
        participants {
          attendance
          member {
            id
            name
          }
        }
      }
    }
  }
`);

export const RateLectureDocument = graphql(`
  mutation RateLecture($input: RateLectureInput!) {
    rateLecture(input: $input) {
      order {
        ...LectureOrderRow
      }
      userErrors {
        field
        code
        message
        params
      }
    }
  }
`);

export const MemberEducationDocument = graphql(`
  query MemberEducation($id: ID!, $year: Int!) {
    node(id: $id) {
      __typename
      ... on Member {
        id
        works {
          id
          kind
          title
          year
          award {
            level
            grade
          }
        }
        learningPoints(year: $year) {
          month
          points
          countyRank
          provinceRank
        }
      }
    }
  }
`);
